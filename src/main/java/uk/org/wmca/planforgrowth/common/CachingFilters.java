package uk.org.wmca.planforgrowth.common;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Renders each successful public read (an envelope, CSV, or a {@link Rendered} body) once into the
 * {@link RepresentationCache}, and answers it with its ETag,
 * Last-Modified, Cache-Control and Vary, or 304 when the client's copy is current. Later reads of the same URL are
 * served by {@link CachedReads} before they reach this layer. Errors, and responses that need credentials, are
 * marked {@code no-store} and never kept.
 */
public class CachingFilters {

    private static final String VERSION = CachingFilters.class.getName() + ".version";

    /** Where the endpoints that need an admin token live. */
    static final String PRIVATE_PREFIX = "/api/v1/admin";

    private final RepresentationCache cache;

    CachingFilters(RepresentationCache cache) {
        this.cache = cache;
    }

    @ServerRequestFilter
    public void rememberContentVersion(ContainerRequestContext request) {
        request.setProperty(VERSION, cache.currentVersion());
    }

    @ServerResponseFilter
    public void renderOnce(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (response.getStatus() >= 400 || needsCredentials(request.getUriInfo().getPath(), resource)) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
            return;
        }
        String cacheControl = response.getHeaderString("Cache-Control");
        if (cacheControl != null && (cacheControl.contains("private") || cacheControl.contains("no-store"))) {
            sendAsIs(response); // an editor's preview or an editorial response: never kept, never shared
            return;
        }
        String method = request.getMethod();
        boolean head = method.equals("HEAD");
        Object entity = response.getEntity();
        if (response.getStatus() != 200
                || !(head || method.equals("GET"))
                || !(entity instanceof Envelope<?> || entity instanceof CsvDocument || entity instanceof Rendered)
                || !(request.getProperty(VERSION) instanceof Long version)) {
            sendAsIs(response);
            return;
        }
        URI uri = request.getUriInfo().getRequestUri();
        Map<String, String> extra = new LinkedHashMap<>();
        for (String name : List.of("Link", "Content-Disposition")) {
            String value = response.getHeaderString(name);
            if (value != null) {
                extra.put(name, value);
            }
        }
        // The key the fast path (CachedReads) looks this URL up under: same function, same inputs. A rendered body
        // carries the public origin its resource rendered it for; the origin of an envelope or CSV is not part of
        // its key, so none is needed.
        Format format = entity instanceof Rendered rendered
                ? rendered.format()
                : entity instanceof CsvDocument ? Format.CSV : Format.JSON;
        String origin = entity instanceof Rendered rendered ? rendered.origin() : null;
        String key = RepresentationCache.key(uri.getRawPath(), uri.getRawQuery(), format, origin);
        Representation representation = cache.store(key, family(uri.getRawPath()), entity, extra, version);
        Representation.Reply reply = representation.reply(
                false,
                request.getHeaderString("If-None-Match"),
                request.getHeaderString("If-Modified-Since"),
                request.getHeaderString("Accept-Encoding"));
        response.setStatus(reply.status());
        reply.headers().forEach((name, value) -> {
            if (!name.equals("Content-Length") && !name.equals("Content-Type")) {
                response.getHeaders().putSingle(name, value);
            }
        });
        if (reply.body() == null) {
            response.setEntity(null);
        } else {
            response.setEntity(
                    reply.body(), null, MediaType.valueOf(reply.headers().get("Content-Type")));
        }
    }

    /**
     * A rendered body that is not kept (a preview) goes out as its bytes, in its own media type. An envelope is
     * written by its runtime type, as a kept one is: a sparse fieldset's items are JSON trees, not the views that the
     * resource method declares.
     */
    private void sendAsIs(ContainerResponseContext response) {
        if (response.getEntity() instanceof Envelope<?> envelope) {
            MediaType type = response.getMediaType();
            response.setEntity(cache.serialise(envelope), null, type == null ? MediaType.APPLICATION_JSON_TYPE : type);
        } else if (response.getEntity() instanceof Rendered rendered) {
            response.setEntity(rendered.bytes(), null, MediaType.valueOf(rendered.contentType()));
        } else if (response.getEntity() instanceof CsvDocument csv) {
            response.setEntity(csv.bytes(), null, MediaType.valueOf(Format.CSV_CONTENT_TYPE));
        }
    }

    /**
     * Whether a response is for token holders only: anything under {@code /api/v1/admin}, and any resource method
     * that names the roles allowed to call it. Such responses are never kept, and say {@code no-store}.
     */
    static boolean needsCredentials(String path, ResourceInfo resource) {
        if (isPrivatePath(path)) {
            return true;
        }
        if (resource == null || resource.getResourceMethod() == null) {
            return false;
        }
        return resource.getResourceMethod().isAnnotationPresent(RolesAllowed.class)
                || (resource.getResourceClass() != null
                        && resource.getResourceClass().isAnnotationPresent(RolesAllowed.class));
    }

    /** Paths whose responses need credentials, whatever the method: never served from or kept in memory. */
    static boolean isPrivatePath(String path) {
        return path.equals(PRIVATE_PREFIX) || path.startsWith(PRIVATE_PREFIX + "/");
    }

    /**
     * The route family of a path, for its Cache-Control: the first segment after {@code /api/v1/} ({@code index}
     * for {@code /api/v1} itself), else the first segment ({@code embed}, {@code oembed}), or {@code landing} for
     * {@code /}.
     */
    static String family(String path) {
        if (path.equals("/")) {
            return "landing";
        }
        boolean api = path.equals("/api/v1") || path.startsWith("/api/v1/");
        String rest = api ? path.substring(Math.min(path.length(), "/api/v1/".length())) : path.substring(1);
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        return first.isEmpty() ? "index" : first;
    }
}
