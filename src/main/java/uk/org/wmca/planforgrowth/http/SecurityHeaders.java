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
 * framed by any site and may bring their own policy. The pages we render ourselves (cards, the landing page) may use
 * exactly their own inline stylesheets ({@link InlineStyles}); the landing page may frame our embeds.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "Content-Security-Policy";

    /** The landing page: our one page that frames others (the embed gallery). */
    static final String LANDING_PAGE = "/";

    private final SecurityHeadersConfig config;
    private final PathPrefixes frameable;
    private final PathPrefixes swaggerUi;
    private final String hsts;
    private final String swaggerUiPolicy;
    private final String frameablePolicy;
    private final String landingPagePolicy;

    SecurityHeaders(
            SecurityHeadersConfig config,
            @ConfigProperty(name = "quarkus.swagger-ui.path", defaultValue = "/q/swagger-ui") String swaggerUiPath) {
        this.config = config;
        this.frameable = PathPrefixes.of(config.frameablePaths());
        this.swaggerUi = PathPrefixes.of(
                java.util.List.of(swaggerUiPath.startsWith("/") ? swaggerUiPath : "/q/" + swaggerUiPath));
        this.swaggerUiPolicy = SwaggerUiPage.policy(config.swaggerUiContentSecurityPolicy());
        this.frameablePolicy = InlineStyles.policy(config.frameableContentSecurityPolicy());
        this.landingPagePolicy = InlineStyles.policy(config.landingPageContentSecurityPolicy());
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
                headers.set(CSP, frameablePolicy);
            }
            return;
        }
        headers.set("X-Frame-Options", "DENY");
        headers.set(CSP, policyOf(path));
    }

    private String policyOf(String path) {
        if (path == null) {
            return config.contentSecurityPolicy();
        }
        if (swaggerUi.matches(path)) {
            return swaggerUiPolicy;
        }
        return path.equals(LANDING_PAGE) ? landingPagePolicy : config.contentSecurityPolicy();
    }
}
