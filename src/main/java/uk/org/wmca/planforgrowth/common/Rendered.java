package uk.org.wmca.planforgrowth.common;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A response body that a resource rendered itself (an embed card, an HTML fragment, the landing page, an oEmbed
 * answer), kept in the {@link RepresentationCache} and revalidated like a JSON representation.
 *
 * @param bytes the body
 * @param format {@link Format#HTML}, {@link Format#JSON} or {@link Format#ATOM}
 * @param shows the API paths of the items it shows, so that a change to any of them drops it
 * @param origin the origin its absolute links point at ({@code https://host:port}); kept apart per origin
 */
public record Rendered(byte[] bytes, Format format, Set<String> shows, String origin) {

    public static Rendered html(String text, Set<String> shows, String origin) {
        return new Rendered(text.getBytes(StandardCharsets.UTF_8), Format.HTML, Set.copyOf(shows), origin);
    }

    public static Rendered json(byte[] bytes, Set<String> shows, String origin) {
        return new Rendered(bytes, Format.JSON, Set.copyOf(shows), origin);
    }

    public static Rendered atom(String text, String origin) {
        return new Rendered(text.getBytes(StandardCharsets.UTF_8), Format.ATOM, Set.of(), origin);
    }

    public String contentType() {
        return switch (format) {
            case HTML -> Format.HTML_CONTENT_TYPE;
            case ATOM -> Format.ATOM_CONTENT_TYPE;
            default -> Representation.CONTENT_TYPE;
        };
    }
}
