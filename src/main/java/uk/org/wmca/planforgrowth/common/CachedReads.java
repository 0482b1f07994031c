package uk.org.wmca.planforgrowth.common;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import uk.org.wmca.planforgrowth.database.DatabaseStatus;
import uk.org.wmca.planforgrowth.http.EdgeOrder;
import uk.org.wmca.planforgrowth.query.ListCatalogue;

/**
 * The fast path of public reads: a GET or HEAD whose representation is already rendered for the current content
 * version is answered here, on the I/O thread, with no database round trip and no serialisation. That covers the
 * reads under {@code /api/v1} (JSON, CSV, HTML fragments), the embed cards, oEmbed answers and the landing page.
 * Anything else (first read after a change, errors, and everything under {@code /api/v1/admin}, which needs a
 * token) goes on to the REST layer. While the database is unavailable, a read whose representation went stale is
 * answered with the last one kept ({@link RepresentationCache#lastGood}).
 */
@ApplicationScoped
public class CachedReads {

    /** Paths outside {@code /api/v1} that are kept; the embeds and the landing page are HTML, oEmbed is JSON. */
    private static final String EMBED_PREFIX = "/embed/";

    private static final String OEMBED = "/oembed";
    private static final String LANDING_PAGE = "/";

    private final RepresentationCache cache;
    private final PublicOrigin origins;
    private final DatabaseStatus database;

    CachedReads(RepresentationCache cache, PublicOrigin origins, DatabaseStatus database) {
        this.cache = cache;
        this.origins = origins;
        this.database = database;
    }

    void register(@Observes Router router) {
        // After the edge (security headers, CORS, rate limits), so that its answers carry their headers and count.
        router.route().order(EdgeOrder.CACHED_READS).handler(this::serveFromMemory);
    }

    private void serveFromMemory(RoutingContext context) {
        HttpServerRequest request = context.request();
        boolean head = request.method() == HttpMethod.HEAD;
        String key = head || request.method() == HttpMethod.GET ? keyOf(request) : null;
        if (key != null) {
            Optional<Representation> found = cache.find(key);
            if (found.isEmpty() && !database.available()) {
                found = cache.lastGood(key); // the database is away: the last published representation
            }
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
     * The key the REST layer keeps this request's answer under, or null when the request is not one the fast path
     * may answer (a private path, or an Accept header that allows no format the resource offers: the REST layer
     * refuses those).
     */
    private String keyOf(HttpServerRequest request) {
        String path = request.path();
        if (path.startsWith("/api/v1")) {
            if (CachingFilters.isPrivatePath(path)) {
                return null;
            }
            Format format = format(request, ListCatalogue.formatsAt(path));
            if (format == null) {
                return null;
            }
            return RepresentationCache.key(path, request.query(), format, origins.of(request));
        }
        Format own = path.startsWith(EMBED_PREFIX) || path.equals(LANDING_PAGE)
                ? Format.HTML
                : path.equals(OEMBED) ? Format.JSON : null;
        if (own == null || Format.negotiate(request.getHeader("Accept"), List.of(own)) == null) {
            return null;
        }
        return RepresentationCache.key(path, request.query(), own, origins.of(request));
    }

    /**
     * The format the REST layer would answer in: the {@code format} parameter, else the Accept header among what the
     * path offers; null when none is acceptable, left to the REST layer to refuse.
     */
    static Format format(HttpServerRequest request, List<Format> offered) {
        String parameter = request.getParam(Format.PARAMETER);
        if (parameter != null) {
            return Format.fromWireName(parameter);
        }
        return Format.negotiate(request.getHeader("Accept"), offered);
    }
}
