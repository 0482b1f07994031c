package uk.org.wmca.planforgrowth.query;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How text is compared by search and sort: lower case, accents removed, anything but letters and digits read as a
 * space. "Économie", "economie" and "ECONOMIE" are the same word; "£850m" is the word "850m".
 */
public final class SearchText {

    private SearchText() {}

    /** The text normalised and with runs of spaces collapsed; empty for null. What the search columns hold. */
    public static String normalise(String text) {
        return aligned(text).trim().replaceAll(" +", " ");
    }

    /** Normalises several texts into one, separated by spaces; nulls are skipped. */
    public static String normalise(List<String> texts) {
        return normalise(String.join(" ", texts));
    }

    /**
     * The text normalised character by character, so that position {@code i} of the result stands for position
     * {@code i} of the input; used to cut snippets around a match.
     */
    public static String aligned(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
            char folded = base.length() == 1 ? base.charAt(0) : ' ';
            out.append(Character.isLetterOrDigit(folded) ? folded : ' ');
        }
        return out.toString();
    }

    /** The key {@code sort=name} orders by: the normalised name with spaces removed. */
    public static String sortKey(String name) {
        return normalise(name).replace(" ", "");
    }

    /** The words of a search query, normalised; empty when it has no letter or digit. */
    public static List<String> terms(String query) {
        String normalised = normalise(query);
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }

    /**
     * A short extract of {@code text} around the first word that starts with one of {@code terms}, cut at word
     * boundaries and marked with an ellipsis where cut; null when no term starts a word of the text.
     */
    public static String snippet(String text, List<String> terms, int before, int after) {
        String aligned = " " + aligned(text);
        int at = -1;
        for (String term : terms) {
            int found = aligned.indexOf(" " + term);
            if (found >= 0 && (at < 0 || found < at)) {
                at = found;
            }
        }
        if (at < 0) {
            return null;
        }
        int start = Math.max(0, at - before);
        int end = Math.min(text.length(), at + after);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space >= at ? start : space + 1;
        }
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space <= at ? end : space;
        }
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }
}
