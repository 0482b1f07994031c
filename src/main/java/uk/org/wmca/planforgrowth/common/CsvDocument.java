package uk.org.wmca.planforgrowth.common;

/**
 * A list rendered as CSV (RFC 4180, UTF-8), ready to send; kept and revalidated like a JSON representation.
 *
 * @param bytes the document
 * @param filename the name a browser saves it under, e.g. {@code clusters.csv}
 */
public record CsvDocument(byte[] bytes, String filename) {

    /**
     * A text value made safe to open in a spreadsheet, as OWASP recommends against CSV (formula) injection: a value
     * beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe,
     * so that Excel, LibreOffice and Google Sheets show it as text instead of evaluating it. Numbers are never passed
     * here (a negative figure stays a number).
     */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
