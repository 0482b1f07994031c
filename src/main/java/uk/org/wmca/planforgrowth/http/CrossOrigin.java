package uk.org.wmca.planforgrowth.http;

import io.quarkus.logging.Log;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CORS for every route: reads (GET, HEAD, OPTIONS) from the read origins, any by default; writes (POST, PUT, PATCH,
 * DELETE) only from the write origins. It answers preflights itself and puts the CORS headers on every other
 * response, errors and fast-path reads included. Quarkus' own CORS filter ({@code quarkus.http.cors}) knows one list
 * of origins and one of methods for all of them, and answers a refused origin with 403; it cannot say "reads from
 * anywhere, writes from these", so it stays off.
 *
 * <p>A refused origin gets no allow headers, so the browser keeps the response from the page; the request itself is
 * not refused, because writes need a bearer token and the browser never sends a cross-origin write whose preflight
 * failed.
 */
@ApplicationScoped
public class CrossOrigin {

    static final List<String> READS = List.of("GET", "HEAD", "OPTIONS");
    static final List<String> WRITES = List.of("POST", "PUT", "PATCH", "DELETE");

    private final boolean anyOriginReads;
    private final Set<String> readOrigins;
    private final Set<String> writeOrigins;
    private final String allowHeaders;
    private final String exposeHeaders;
    private final String maxAge;
    private final EdgeProblems problems;

    CrossOrigin(CorsConfig config, EdgeProblems problems) {
        this.anyOriginReads =
                config.readOrigins().stream().anyMatch(o -> o.trim().equals("*"));
        this.readOrigins = normalised(config.readOrigins());
        this.writeOrigins = normalised(config.writeOrigins().orElse(Set.of()));
        this.allowHeaders = String.join(", ", config.allowHeaders());
        this.exposeHeaders = String.join(", ", config.exposeHeaders());
        this.maxAge = String.valueOf(config.maxAge());
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(EdgeOrder.CORS).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader("Origin");
        String requested = request.getHeader("Access-Control-Request-Method");
        if (request.method() == HttpMethod.OPTIONS && origin != null && requested != null) {
            answerPreflight(context, origin, requested.trim().toUpperCase(Locale.ROOT));
            return;
        }
        boolean read = READS.contains(request.method().name());
        context.addHeadersEndHandler(done -> decorate(context.response().headers(), origin, read));
        context.next();
    }

    /** The CORS headers of an actual request, for the response whatever its status. */
    void decorate(MultiMap headers, String origin, boolean read) {
        if (read && anyOriginReads) {
            headers.set("Access-Control-Allow-Origin", "*");
            headers.set("Access-Control-Expose-Headers", exposeHeaders);
            return;
        }
        addVary(headers, "Origin");
        if (origin != null && (read ? readsAllowed(origin) : writesAllowed(origin))) {
            headers.set("Access-Control-Allow-Origin", origin);
            headers.set("Access-Control-Expose-Headers", exposeHeaders);
        }
    }

    private void answerPreflight(RoutingContext context, String origin, String method) {
        Set<String> allowed = new LinkedHashSet<>();
        if (readsAllowed(origin)) {
            allowed.addAll(READS);
        }
        if (writesAllowed(origin)) {
            allowed.addAll(WRITES);
        }
        MultiMap headers = context.response().headers();
        // The allowed methods depend on the origin, so the answer does too.
        addVary(headers, "Origin");
        if (!allowed.contains(method)) {
            Log.debugf("CORS preflight refused: %s from %s", method, origin);
            problems.send(
                    context,
                    403,
                    "Forbidden",
                    "Cross-origin " + method + " requests are not allowed from " + origin + ".");
            return;
        }
        boolean echo = !anyOriginReads || writesAllowed(origin);
        headers.set("Access-Control-Allow-Origin", echo ? origin : "*");
        headers.set("Access-Control-Allow-Methods", String.join(", ", allowed));
        headers.set("Access-Control-Allow-Headers", allowHeaders);
        headers.set("Access-Control-Max-Age", maxAge);
        context.response().setStatusCode(204).end();
    }

    private boolean readsAllowed(String origin) {
        return anyOriginReads || readOrigins.contains(lower(origin)) || writesAllowed(origin);
    }

    private boolean writesAllowed(String origin) {
        return writeOrigins.contains(lower(origin));
    }

    /** Adds a field to {@code Vary}, keeping what is there (the fast path's {@code Accept, Accept-Encoding}). */
    static void addVary(MultiMap headers, String field) {
        List<String> present = headers.getAll("Vary");
        for (String value : present) {
            for (String part : value.split(",")) {
                if (part.trim().equalsIgnoreCase(field) || part.trim().equals("*")) {
                    return;
                }
            }
        }
        if (present.isEmpty()) {
            headers.set("Vary", field);
        } else {
            headers.set("Vary", String.join(", ", present) + ", " + field);
        }
    }

    private static Set<String> normalised(java.util.Collection<String> origins) {
        return origins.stream()
                .map(String::trim)
                .filter(o -> !o.isEmpty() && !o.equals("*"))
                .map(o -> lower(o.endsWith("/") ? o.substring(0, o.length() - 1) : o))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String lower(String origin) {
        return origin.toLowerCase(Locale.ROOT);
    }
}
