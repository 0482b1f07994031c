package uk.org.wmca.planforgrowth.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import uk.org.wmca.planforgrowth.http.EdgeOrder;

/**
 * Two rules about Accept, applied to the request once before the in-memory fast path and the REST layer read it, so
 * that both answer alike whether or not the URL is cached:
 *
 * <ul>
 *   <li>{@code format=} on a read under {@code /api/v1} chooses the format outright, so the Accept header is not
 *       consulted there (a browser's {@code text/html,…} or a client's {@code application/json} next to
 *       {@code format=csv} is not a conflict);
 *   <li>{@code application/problem+json}, the type of every error and the only type the spec gives an operation
 *       whose success has no body, is acceptable everywhere: a client that names it gets the error, the bodiless
 *       answer, or the operation's own representation (RFC 9110 section 12.5.1 lets a server disregard Accept
 *       rather than answer 406), never a 406. Among the operation's types, those the client also names still win.
 * </ul>
 */
@ApplicationScoped
public class AcceptRules {

    public static final String PROBLEM_JSON = "application/problem+json";

    void register(@Observes Router router) {
        router.route().order(EdgeOrder.ACCEPT_RULES).handler(context -> {
            apply(context.request());
            context.next();
        });
    }

    static void apply(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        boolean read = request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
        if (read && request.path().startsWith("/api/v1") && request.getParam(Format.PARAMETER) != null) {
            request.headers().set(HttpHeaders.ACCEPT, "*/*");
        } else if (accept != null && namesProblemJson(accept)) {
            request.headers().set(HttpHeaders.ACCEPT, accept + ", */*;q=0.001");
        }
    }

    /** Whether an Accept header names {@code application/problem+json} itself (not by a wildcard) and allows it. */
    static boolean namesProblemJson(String accept) {
        return accept.toLowerCase(Locale.ROOT).contains(PROBLEM_JSON) && Format.quality(accept, PROBLEM_JSON) > 0;
    }
}
