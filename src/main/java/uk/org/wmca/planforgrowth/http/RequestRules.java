package uk.org.wmca.planforgrowth.http;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.org.wmca.planforgrowth.common.RequestIds;

/**
 * Refuses, with a problem, the requests that no route should see, before any of them runs: a request target that is
 * not a valid URI ({@code "}, {@code <}, a backslash, {@code %zz}) or whose escapes are not UTF-8 (400), one longer
 * than {@code pfg.http.max-uri-length} (414), headers over {@code pfg.http.max-header-bytes} (431), a body framed
 * two ways ({@code Content-Length} with {@code Transfer-Encoding}), framed by an unknown coding or by two lengths, and
 * two {@code Host} headers (400, and the connection is closed: a proxy in front may have read the request otherwise).
 * Raw UTF-8 in the request target (what curl sends for {@code ?q=BATTERÝ}) is taken as UTF-8, as nginx and Node do:
 * the request goes on with those bytes percent-encoded. Also answers, as problems, the failures the router itself
 * reports (a request without a {@code Host}, a path it cannot decode) and any failure no one else answered.
 *
 * <p>Quarkus's own request-target check, which answers a bare 400, is switched off ({@link UriValidationHandover})
 * so that this one, which is at least as strict, answers instead.
 */
@ApplicationScoped
public class RequestRules {

    private final RequestRulesConfig config;
    private final EdgeProblems problems;
    private final SecurityHeaders securityHeaders;

    RequestRules(RequestRulesConfig config, EdgeProblems problems, SecurityHeaders securityHeaders) {
        this.config = config;
        this.problems = problems;
        this.securityHeaders = securityHeaders;
    }

    void register(@Observes Router router) {
        router.route().order(EdgeOrder.REQUEST_RULES).handler(this::check);
        router.route().order(EdgeOrder.FAILURES).failureHandler(this::failed);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String uri = request.uri();
        if (uri.length() > config.maxUriLength()) {
            refuse(
                    context,
                    414,
                    "URI Too Long",
                    "The request target is longer than " + config.maxUriLength() + " characters.");
            return;
        }
        String ascii = uri;
        if (!isAscii(uri)) {
            ascii = percentEncodeUtf8(uri);
            if (ascii == null) {
                refuse(context, 400, "Bad Request", "The request target holds bytes that are not UTF-8.");
                return;
            }
        }
        String invalid = invalidTarget(ascii);
        if (invalid != null) {
            refuse(context, 400, "Bad Request", invalid);
            return;
        }
        String framing = framingProblem(request);
        if (framing != null) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            refuse(context, 400, "Bad Request", framing);
            request.connection().close();
            return;
        }
        if (headerBytes(request) > config.maxHeaderBytes()) {
            refuse(
                    context,
                    431,
                    "Request Header Fields Too Large",
                    "The request's headers are larger than " + config.maxHeaderBytes() + " bytes.");
            return;
        }
        dropUnreadableMediaRanges(request);
        if (!ascii.equals(uri)) {
            context.reroute(request.method(), ascii); // runs every handler again, on the encoded target
            return;
        }
        context.next();
    }

    /** Any failure of the routing that nobody answered: a problem with its status (500 only for our own faults). */
    private void failed(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        if (context.response().headWritten()) {
            context.request().connection().close();
            return;
        }
        int status = context.statusCode() >= 400 && context.statusCode() <= 599 ? context.statusCode() : 500;
        if (status >= 500) {
            Log.errorf(
                    context.failure(), "Request %s %s failed", context.request().method(), safePath(context));
        }
        String detail = switch (status) {
            case 400 ->
                context.request().getHeader(HttpHeaders.HOST) == null
                        ? "The request has no Host header, which HTTP/1.1 requires."
                        : "The request could not be understood.";
            case 404 -> "Nothing is published at this path. The API's resources are listed at /api/v1.";
            case 405 -> "This resource does not support that method.";
            case 413 -> "The request body is too large.";
            case 500 -> "The server failed to answer this request. Quote the requestId when you report it.";
            default -> "The request could not be answered.";
        };
        refuse(context, status, reason(status), detail);
    }

    private void refuse(RoutingContext context, int status, String title, String detail) {
        RequestIds.ensure(context);
        securityHeaders.apply(safePath(context), context.response().headers());
        problems.send(context, status, title, detail);
    }

    /** The path, or null when even that cannot be read from the request. */
    private static String safePath(RoutingContext context) {
        try {
            return context.request().path();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Why a request target (ASCII) is not a valid URI with UTF-8 escapes, or null when it is. */
    static String invalidTarget(String target) {
        try {
            new URI(target);
        } catch (URISyntaxException e) {
            return "The request target is not a valid URI: " + e.getReason() + " at index " + e.getIndex() + ".";
        }
        if (!target.startsWith("/") && !target.equals("*") && !target.regionMatches(true, 0, "http", 0, 4)) {
            return "The request target must be a path beginning with '/'.";
        }
        if (!escapesAreUtf8(target)) {
            return "The request target has percent-escapes that are not UTF-8.";
        }
        if (target.contains("%00")) {
            // No key, code, filter value or search term holds a NUL, and PostgreSQL refuses one in any text.
            return "The request target holds a NUL character (%00), which no path or parameter may contain.";
        }
        return null;
    }

    /** Whether the bytes that percent-escapes stand for, taken together, are UTF-8. */
    private static boolean escapesAreUtf8(String target) {
        if (target.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(target.length());
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(target.substring(i + 1, i + 3), 16)); // URI checked the pair
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return utf8(bytes.toByteArray()) != null;
    }

    /** The target with its raw bytes (read by the server as ISO-8859-1) percent-encoded, or null if not UTF-8. */
    static String percentEncodeUtf8(String target) {
        byte[] raw = target.getBytes(StandardCharsets.ISO_8859_1);
        if (utf8(raw) == null) {
            return null;
        }
        StringBuilder encoded = new StringBuilder(raw.length * 2);
        for (byte b : raw) {
            int value = b & 0xff;
            if (value < 0x80) {
                encoded.append((char) value);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", value));
            }
        }
        return encoded.toString();
    }

    private static String utf8(byte[] bytes) {
        try {
            CharBuffer text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return text.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Leaves out of {@code Accept} the ranges that are not media ranges ({@code ;}, {@code application/}, an empty
     * value), as RFC 9110 lets a server ignore what it cannot parse; without any left, the header is dropped, as if
     * not sent. (The REST layer would otherwise fail on them.)
     */
    private static void dropUnreadableMediaRanges(HttpServerRequest request) {
        List<String> accepts = request.headers().getAll(HttpHeaders.ACCEPT);
        if (accepts.isEmpty()) {
            return;
        }
        List<String> kept = new java.util.ArrayList<>();
        boolean dropped = false;
        for (String accept : accepts) {
            for (String range : accept.split(",", -1)) {
                if (MEDIA_RANGE.matcher(range.trim()).matches()) {
                    kept.add(range.trim());
                } else {
                    dropped = true;
                }
            }
        }
        if (!dropped) {
            return;
        }
        request.headers().remove(HttpHeaders.ACCEPT);
        if (!kept.isEmpty()) {
            request.headers().set(HttpHeaders.ACCEPT, String.join(", ", kept));
        }
    }

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final java.util.regex.Pattern MEDIA_RANGE = java.util.regex.Pattern.compile(
            TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"([^\"\\\\]|\\\\.)*\"))*");

    /** Why a request's framing or host is ambiguous, or null when it is not. */
    static String framingProblem(HttpServerRequest request) {
        List<String> transferEncodings = request.headers().getAll(HttpHeaders.TRANSFER_ENCODING);
        List<String> contentLengths = request.headers().getAll(HttpHeaders.CONTENT_LENGTH);
        if (!transferEncodings.isEmpty() && !contentLengths.isEmpty()) {
            return "The request gives both Content-Length and Transfer-Encoding; send one of them.";
        }
        if (transferEncodings.size() > 1
                || (transferEncodings.size() == 1
                        && !transferEncodings.get(0).trim().equalsIgnoreCase("chunked"))) {
            return "The only Transfer-Encoding this server understands is chunked, given once.";
        }
        if (contentLengths.size() > 1) {
            return "The request gives Content-Length more than once.";
        }
        if (request.headers().getAll(HttpHeaders.HOST).size() > 1) {
            return "The request gives Host more than once.";
        }
        return null;
    }

    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "HTTP " + status;
        };
    }
}
