package uk.org.wmca.planforgrowth.common;

import java.util.List;
import java.util.Locale;

/**
 * The formats a list is published in. {@code format=} chooses one outright (for links in a browser, which cannot
 * set Accept); otherwise the Accept header does, by quality, JSON winning a tie.
 */
public enum Format {
    JSON("json", "application/json"),
    CSV("csv", "text/csv"),
    /** An item as an HTML card ({@code <article class="pfg-card">}) for server-side includes; {@code format=fragment}. */
    HTML("fragment", "text/html"),
    /** The change feed as an Atom feed (RFC 4287). */
    ATOM("atom", "application/atom+xml");

    public static final String PARAMETER = "format";
    public static final String CSV_MEDIA_TYPE = "text/csv";
    public static final String CSV_CONTENT_TYPE = "text/csv;charset=UTF-8;header=present";
    public static final String HTML_CONTENT_TYPE = "text/html;charset=UTF-8";
    public static final String ATOM_MEDIA_TYPE = "application/atom+xml";
    public static final String ATOM_CONTENT_TYPE = "application/atom+xml;charset=UTF-8";

    /** What a list is published in. */
    public static final List<Format> LIST_FORMATS = List.of(JSON, CSV);

    /** What an item with a card (cluster, theme, place) is published in. */
    public static final List<Format> CARD_ITEM_FORMATS = List.of(JSON, HTML);

    private final String wireName;
    private final String mediaType;

    Format(String wireName, String mediaType) {
        this.wireName = wireName;
        this.mediaType = mediaType;
    }

    public String wireName() {
        return wireName;
    }

    /** The values {@code format=} takes on a list. */
    public static List<String> wireNames() {
        return wireNames(LIST_FORMATS);
    }

    public static List<String> wireNames(List<Format> formats) {
        return formats.stream().map(Format::wireName).toList();
    }

    /** The format of a {@code format=} value; JSON for anything unknown (which the parameter checks refuse). */
    public static Format fromWireName(String name) {
        for (Format format : values()) {
            if (format.wireName.equals(name)) {
                return format;
            }
        }
        return JSON;
    }

    /**
     * The format of a list that an Accept header asks for, or null when it accepts neither JSON nor CSV. Media
     * ranges follow RFC 9110: the most specific range that matches a type gives its quality; quality 0 refuses it.
     */
    public static Format negotiate(String accept) {
        return negotiate(accept, LIST_FORMATS);
    }

    /**
     * The one of {@code offered} that an Accept header gives the highest quality, the first offered winning a tie;
     * null when it accepts none of them. No Accept header means the first offered.
     */
    public static Format negotiate(String accept, List<Format> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        Format best = null;
        double bestQuality = 0;
        for (Format format : offered) {
            double quality = quality(accept, format.mediaType);
            if (quality > bestQuality) {
                best = format;
                bestQuality = quality;
            }
        }
        return best;
    }

    /** The quality an Accept header gives a media type: 0 when it is not acceptable. */
    static double quality(String accept, String mediaType) {
        String type = mediaType.substring(0, mediaType.indexOf('/'));
        int bestSpecificity = -1;
        double best = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            if (parts.length == 0) {
                continue; // an empty range ("", ";", ";;"): RFC 9110 lets a server ignore what it cannot parse
            }
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
                    q = qvalue(parameter.substring(2).trim());
                }
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                best = q;
            }
        }
        return best;
    }

    /** An RFC 9110 qvalue (0 to 1, at most three decimals); anything else (NaN, 2, -1, 1e0) counts as 0. */
    private static double qvalue(String text) {
        return QVALUE.matcher(text).matches() ? Double.parseDouble(text) : 0;
    }

    private static final java.util.regex.Pattern QVALUE =
            java.util.regex.Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");
}
