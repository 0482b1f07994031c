package uk.org.wmca.planforgrowth.common;

import java.util.List;
import java.util.Locale;

/**
 * The formats a list is published in. {@code format=} chooses one outright (for links in a browser, which cannot
 * set Accept); otherwise the Accept header does, by quality, JSON winning a tie.
 */
public enum Format {
    JSON("json", "application/json"),
    CSV("csv", "text/csv");

    public static final String PARAMETER = "format";
    public static final String CSV_MEDIA_TYPE = "text/csv";
    public static final String CSV_CONTENT_TYPE = "text/csv;charset=UTF-8;header=present";

    private final String wireName;
    private final String mediaType;

    Format(String wireName, String mediaType) {
        this.wireName = wireName;
        this.mediaType = mediaType;
    }

    public String wireName() {
        return wireName;
    }

    public static List<String> wireNames() {
        return List.of(JSON.wireName, CSV.wireName);
    }

    public static Format fromWireName(String name) {
        return name.equals(CSV.wireName) ? CSV : JSON;
    }

    /**
     * The format an Accept header asks for, or null when it accepts neither JSON nor CSV. Media ranges follow RFC
     * 9110: the most specific range that matches a type gives its quality; quality 0 refuses it.
     */
    public static Format negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        double json = quality(accept, JSON.mediaType);
        double csv = quality(accept, CSV.mediaType);
        if (json <= 0 && csv <= 0) {
            return null;
        }
        return csv > json ? CSV : JSON;
    }

    /** The quality an Accept header gives a media type: 0 when it is not acceptable. */
    static double quality(String accept, String mediaType) {
        String type = mediaType.substring(0, mediaType.indexOf('/'));
        int bestSpecificity = -1;
        double best = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            int specificity;
            if (name.equals(mediaType)) {
                specificity = 2;
            } else if (name.equals(type + "/*")) {
                specificity = 1;
            } else if (name.equals("*/*")) {
                specificity = 0;
            } else {
                continue;
            }
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                best = q;
            }
        }
        return best;
    }
}
