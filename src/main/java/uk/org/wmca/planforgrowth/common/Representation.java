package uk.org.wmca.planforgrowth.common;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A published response (JSON, or CSV for lists) rendered once: its bytes (and gzipped bytes when worth it), strong ETags per encoding,
 * Last-Modified and the headers to repeat. The possible replies are built once too, so that {@link #reply} answers a
 * request, 200 or 304, with a few comparisons: no database, no serialiser, no date formatting.
 */
public final class Representation {

    public static final String CONTENT_TYPE = "application/json;charset=UTF-8";
    public static final String VARY = "Accept, Accept-Encoding";

    /** What to send: status, headers and body (null for 304 and HEAD). */
    public record Reply(int status, Map<String, String> headers, byte[] body) {}

    private final String etag;
    private final String gzipEtag;
    private final Instant lastModified;
    private final Reply ok;
    private final Reply okHead;
    private final Reply notModified;
    private final Reply okGzip;
    private final Reply okGzipHead;
    private final Reply notModifiedGzip;

    public Representation(
            byte[] body,
            byte[] gzipBody,
            String etag,
            String gzipEtag,
            Instant lastModified,
            String cacheControl,
            String contentType,
            Map<String, String> extraHeaders) {
        this.etag = etag;
        this.gzipEtag = gzipEtag;
        this.lastModified = lastModified;
        String date = HttpDates.format(lastModified);
        Map<String, String> validators = validators(etag, date, cacheControl, extraHeaders);
        this.notModified = new Reply(304, validators, null);
        this.ok = new Reply(200, content(validators, contentType, body, false), body);
        this.okHead = new Reply(200, ok.headers(), null);
        if (gzipBody == null) {
            this.notModifiedGzip = null;
            this.okGzip = null;
            this.okGzipHead = null;
        } else {
            Map<String, String> gzipValidators = validators(gzipEtag, date, cacheControl, extraHeaders);
            this.notModifiedGzip = new Reply(304, gzipValidators, null);
            this.okGzip = new Reply(200, content(gzipValidators, contentType, gzipBody, true), gzipBody);
            this.okGzipHead = new Reply(200, okGzip.headers(), null);
        }
    }

    public String etag() {
        return etag;
    }

    public Instant lastModified() {
        return lastModified;
    }

    /** Answers a GET or HEAD, honouring If-None-Match (weak comparison) and If-Modified-Since (RFC 9110). */
    public Reply reply(boolean head, String ifNoneMatch, String ifModifiedSince, String acceptEncoding) {
        boolean gzip = okGzip != null && acceptsGzip(acceptEncoding);
        if (notModified(gzip ? gzipEtag : etag, ifNoneMatch, ifModifiedSince)) {
            return gzip ? notModifiedGzip : notModified;
        }
        if (gzip) {
            return head ? okGzipHead : okGzip;
        }
        return head ? okHead : ok;
    }

    private static Map<String, String> validators(
            String etag, String date, String cacheControl, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ETag", etag);
        headers.put("Last-Modified", date);
        headers.put("Cache-Control", cacheControl);
        headers.put("Vary", VARY);
        headers.putAll(extraHeaders);
        return Collections.unmodifiableMap(headers);
    }

    private static Map<String, String> content(
            Map<String, String> validators, String contentType, byte[] bytes, boolean gzip) {
        Map<String, String> headers = new LinkedHashMap<>(validators);
        headers.put("Content-Type", contentType);
        if (gzip) {
            headers.put("Content-Encoding", "gzip");
        }
        headers.put("Content-Length", String.valueOf(bytes.length));
        return Collections.unmodifiableMap(headers);
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
            if (parts.length == 0) {
                continue; // ";" and the like: nothing to read, ignored as RFC 9110 allows
            }
            String name = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
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
