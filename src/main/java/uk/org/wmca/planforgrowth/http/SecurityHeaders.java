package uk.org.wmca.planforgrowth.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts the security headers on every response, whichever layer writes it (REST resources, the problem mapper, the
 * fast path, Swagger UI, the edge handlers): {@code X-Content-Type-Options}, {@code Referrer-Policy}, a
 * {@code Content-Security-Policy} per kind of path, {@code X-Frame-Options: DENY} for browsers that predate
 * {@code frame-ancestors}, and {@code Strict-Transport-Security} when configured. Frameable paths (embeds) may be
 * framed by any site and may bring their own policy.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "Content-Security-Policy";

    private final SecurityHeadersConfig config;
    private final PathPrefixes frameable;
    private final PathPrefixes swaggerUi;
    private final String hsts;
    private final String swaggerUiPolicy;

    SecurityHeaders(
            SecurityHeadersConfig config,
            @ConfigProperty(name = "quarkus.swagger-ui.path", defaultValue = "/q/swagger-ui") String swaggerUiPath) {
        this.config = config;
        this.frameable = PathPrefixes.of(config.frameablePaths());
        this.swaggerUi = PathPrefixes.of(
                java.util.List.of(swaggerUiPath.startsWith("/") ? swaggerUiPath : "/q/" + swaggerUiPath));
        this.swaggerUiPolicy = SwaggerUiPage.policy(config.swaggerUiContentSecurityPolicy());
        SecurityHeadersConfig.HstsConfig strict = config.hsts();
        this.hsts = strict.enabled()
                ? "max-age=" + strict.maxAge() + (strict.includeSubdomains() ? "; includeSubDomains" : "")
                : null;
    }

    void register(@Observes Router router) {
        router.route().order(EdgeOrder.SECURITY_HEADERS).handler(this::decorate);
    }

    private void decorate(RoutingContext context) {
        String path = context.request().path();
        context.addHeadersEndHandler(done -> apply(path, context.response().headers()));
        context.next();
    }

    void apply(String path, MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", config.referrerPolicy());
        if (hsts != null) {
            headers.set("Strict-Transport-Security", hsts);
        }
        if (path != null && frameable.matches(path)) {
            headers.remove("X-Frame-Options");
            if (!headers.contains(CSP)) {
                headers.set(CSP, config.frameableContentSecurityPolicy());
            }
            return;
        }
        headers.set("X-Frame-Options", "DENY");
        headers.set(CSP, path != null && swaggerUi.matches(path) ? swaggerUiPolicy : config.contentSecurityPolicy());
    }
}
