package uk.org.wmca.planforgrowth.common;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/**
 * The fast path of public reads: a GET or HEAD whose representation is already rendered for the current content
 * version is answered here, on the I/O thread, with no database round trip and no serialisation. Anything else
 * (first read after a change, other formats, errors) goes on to the REST layer.
 */
@ApplicationScoped
public class CachedReads {

    private final RepresentationCache cache;

    CachedReads(RepresentationCache cache) {
        this.cache = cache;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::serveFromMemory);
    }

    private void serveFromMemory(RoutingContext context) {
        HttpServerRequest request = context.request();
        boolean head = request.method() == HttpMethod.HEAD;
        if ((head || request.method() == HttpMethod.GET)
                && request.path().startsWith("/api/v1")
                && acceptsJson(request.getHeader("Accept"))) {
            Optional<Representation> found = cache.find(RepresentationCache.key(request.path(), request.query()));
            if (found.isPresent()) {
                Representation.Reply reply = found.get()
                        .reply(
                                head,
                                request.getHeader("If-None-Match"),
                                request.getHeader("If-Modified-Since"),
                                request.getHeader("Accept-Encoding"));
                HttpServerResponse response = context.response().setStatusCode(reply.status());
                reply.headers().forEach(response::putHeader);
                if (reply.body() == null) {
                    response.end();
                } else {
                    response.end(Buffer.buffer(reply.body()));
                }
                return;
            }
        }
        context.next();
    }

    /** True when JSON is an acceptable answer; anything unusual is left to the REST layer to negotiate. */
    static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        String normalised = accept.replace(" ", "").toLowerCase();
        if (normalised.contains("q=0,") || normalised.endsWith("q=0") || normalised.contains("q=0.0")) {
            return false;
        }
        return normalised.contains("application/json")
                || normalised.contains("*/*")
                || normalised.contains("application/*");
    }
}
