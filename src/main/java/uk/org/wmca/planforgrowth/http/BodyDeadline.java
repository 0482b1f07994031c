package uk.org.wmca.planforgrowth.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import uk.org.wmca.planforgrowth.common.RequestIds;

/**
 * A deadline for each request body ({@code pfg.http.body-timeout}, 60 s), so that a client that trickles its body a
 * byte at a time, each just inside the idle timeout, cannot keep a request (and the worker thread that waits for its
 * body) for ever. The deadline starts when the headers have been read; if the body has not all arrived by then, the
 * answer is a 408 problem (or, when an answer has already begun, nothing more) and the connection is closed. The idle
 * timeout ({@code quarkus.http.idle-timeout}) still cuts a body that stops altogether, earlier.
 */
@ApplicationScoped
public class BodyDeadline {

    private static final String STARTED = BodyDeadline.class.getName();

    private final RequestRulesConfig config;
    private final EdgeProblems problems;
    private final SecurityHeaders securityHeaders;

    BodyDeadline(RequestRulesConfig config, EdgeProblems problems, SecurityHeaders securityHeaders) {
        this.config = config;
        this.problems = problems;
        this.securityHeaders = securityHeaders;
    }

    void register(@Observes Router router) {
        router.route().order(EdgeOrder.BODY_DEADLINE).handler(this::start);
    }

    private void start(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (context.get(STARTED) == null && hasBody(request) && !request.isEnded()) {
            context.put(STARTED, Boolean.TRUE); // once, also when the request is rerouted
            long millis = Math.max(1, config.bodyTimeout().toMillis());
            context.vertx().setTimer(millis, timer -> expire(context));
        }
        context.next();
    }

    /** The deadline has come: a body that has not all arrived ends the exchange and its connection. */
    private void expire(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.isEnded()) {
            return; // the whole body came in time (the answer may still be in the works)
        }
        if (!context.response().headWritten()) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            RequestIds.ensure(context);
            securityHeaders.apply(request.path(), context.response().headers());
            problems.send(
                    context,
                    408,
                    "Request Timeout",
                    "The request's body did not all arrive within "
                            + config.bodyTimeout().toSeconds() + " seconds of its headers.");
        }
        request.connection().close();
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || (length != null && !length.trim().equals("0"));
    }
}
