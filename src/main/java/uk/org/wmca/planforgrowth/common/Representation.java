package uk.org.wmca.planforgrowth.common;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A published JSON response rendered once: its bytes (and gzipped bytes when worth it), strong ETags per encoding,
 * Last-Modified and the headers to repeat. {@link #reply} answers a request from it, 200 or 304, without touching
 * the database or the JSON serialiser.
 */
public record Representation(
        long version,
        byte[] body,
        byte[] gzipBody,
        String etag,
        String gzipEtag,
        Instant lastModified,
        String cacheControl,
        Map<String, String> extraHeaders) {

    public static final String CONTENT_TYPE = "application/json;charset=UTF-8";
    public static final String VARY = "Accept, Accept-Encoding";

    /** What to send: status, headers and body (null for 304 and HEAD). */
    public record Reply(int status, Map<String, String> headers, byte[] body) {}

    /** Answers a GET or HEAD, honouring If-None-Match (weak comparison) and If-Modified-Since (RFC 9110). */
    public Reply reply(boolean head, String ifNoneMatch, String ifModifiedSince, String acceptEncoding) {
        boolean gzip = gzipBody != null && acceptsGzip(acceptEncoding);
        String tag = gzip ? gzipEtag : etag;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ETag", tag);
        headers.put("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atZone(ZoneOffset.UTC)));
        headers.put("Cache-Control", cacheControl);
        headers.put("Vary", VARY);
        headers.putAll(extraHeaders);
        if (notModified(tag, ifNoneMatch, ifModifiedSince)) {
            return new Reply(304, headers, null);
        }
        headers.put("Content-Type", CONTENT_TYPE);
        if (gzip) {
            headers.put("Content-Encoding", "gzip");
        }
        byte[] bytes = gzip ? gzipBody : body;
        headers.put("Content-Length", String.valueOf(bytes.length));
        return new Reply(200, headers, head ? null : bytes);
    }

    private boolean notModified(String tag, String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null) {
            return matchesAny(tag, ifNoneMatch);
        }
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return !lastModified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // RFC 9110: an invalid date is ignored
            }
        }
        return false;
    }

    /** Weak comparison against a list of entity tags, or {@code *}. */
    static boolean matchesAny(String tag, String ifNoneMatch) {
        String opaque = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.equals("*") || opaque(trimmed).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.trim().split(";");
            String name = parts[0].trim().toLowerCase();
            if (name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].trim().replace(" ", "");
                    if (parameter.matches("q=0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
