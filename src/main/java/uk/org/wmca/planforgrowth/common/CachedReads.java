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
import uk.org.wmca.planforgrowth.http.EdgeOrder;

/**
 * The fast path of public reads: a GET or HEAD whose representation is already rendered for the current content
 * version is answered here, on the I/O thread, with no database round trip and no serialisation. Anything else
 * (first read after a change, other formats, errors, and everything under {@code /api/v1/admin}, which needs a
 * token) goes on to the REST layer.
 */
@ApplicationScoped
public class CachedReads {

    private final RepresentationCache cache;

    CachedReads(RepresentationCache cache) {
        this.cache = cache;
    }

    void register(@Observes Router router) {
        // After the edge (security headers, CORS, rate limits), so that its answers carry their headers and count.
        router.route().order(EdgeOrder.AFTER_EDGE).handler(this::serveFromMemory);
    }

    private void serveFromMemory(RoutingContext context) {
        HttpServerRequest request = context.request();
        boolean head = request.method() == HttpMethod.HEAD;
        Format format = format(request);
        if ((head || request.method() == HttpMethod.GET)
                && request.path().startsWith("/api/v1")
                && !CachingFilters.isPrivatePath(request.path())
                && format != null) {
            Optional<Representation> found =
                    cache.find(RepresentationCache.key(request.path(), request.query(), format));
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

    /**
     * The format the REST layer would answer in: the {@code format} parameter, else the Accept header; null when
     * neither JSON nor CSV is acceptable, left to the REST layer to refuse.
     */
    static Format format(HttpServerRequest request) {
        String parameter = request.getParam(Format.PARAMETER);
        if (parameter != null) {
            return Format.fromWireName(parameter);
        }
        return Format.negotiate(request.getHeader("Accept"));
    }
}
