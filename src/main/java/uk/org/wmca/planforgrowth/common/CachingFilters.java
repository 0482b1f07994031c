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
 * Renders each successful public read once into the {@link RepresentationCache}, and answers it with its ETag,
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
            return; // an editor's preview or an editorial response: never kept, never shared
        }
        String method = request.getMethod();
        boolean head = method.equals("HEAD");
        if (response.getStatus() != 200
                || !(head || method.equals("GET"))
                || !(response.getEntity() instanceof Envelope<?> || response.getEntity() instanceof CsvDocument)
                || !(request.getProperty(VERSION) instanceof Long version)) {
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
        Representation representation = cache.store(
                RepresentationCache.key(
                        uri.getRawPath(),
                        uri.getRawQuery(),
                        response.getEntity() instanceof CsvDocument ? Format.CSV : Format.JSON),
                family(uri.getRawPath()),
                response.getEntity(),
                extra,
                version);
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

    /** The route family of a path: the first segment after {@code /api/v1/}, or {@code index}. */
    static String family(String path) {
        String rest = path.startsWith("/api/v1/") ? path.substring("/api/v1/".length()) : "";
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        return first.isEmpty() ? "index" : first;
    }
}
