package uk.org.wmca.planforgrowth.common;

/**
 * A list rendered as CSV (RFC 4180, UTF-8), ready to send; kept and revalidated like a JSON representation.
 *
 * @param bytes the document
 * @param filename the name a browser saves it under, e.g. {@code clusters.csv}
 */
public record CsvDocument(byte[] bytes, String filename) {}
