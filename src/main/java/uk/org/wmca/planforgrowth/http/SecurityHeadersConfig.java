package uk.org.wmca.planforgrowth.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Security headers of every response, under {@code pfg.http.}. */
@ConfigMapping(prefix = "pfg.http")
public interface SecurityHeadersConfig {

    /**
     * {@code pfg.http.frameable-paths}: path prefixes that other sites may frame (the embeds). A prefix covers itself
     * and everything under it. Their responses get no {@code X-Frame-Options} and no {@code frame-ancestors}.
     */
    @WithDefault("/embed,/oembed")
    List<String> frameablePaths();

    /** {@code pfg.http.content-security-policy}: the policy of every response but Swagger UI and frameable paths. */
    @WithDefault("default-src 'none'; frame-ancestors 'none'")
    String contentSecurityPolicy();

    /**
     * {@code pfg.http.swagger-ui-content-security-policy}: the policy of Swagger UI, which runs its bundled scripts and
     * styles, shows inline SVG images and calls the API from the same origin. {@code {inline-script-hashes}} stands
     * for the hashes of the inline scripts of the page that Quarkus generates, computed at start, so that no
     * {@code 'unsafe-inline'} is needed (dev and test mode, which serve the page from elsewhere, allow inline scripts
     * instead; see {@code SwaggerUiPage}). The style hash is that of the one {@code <style>} element Swagger UI's
     * standalone preset writes (the colours of its small logo).
     */
    @WithDefault("default-src 'none'; script-src 'self' {inline-script-hashes};"
            + " style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
    String swaggerUiContentSecurityPolicy();

    /**
     * {@code pfg.http.frameable-content-security-policy}: the policy of frameable paths (the embed cards and oEmbed)
     * whose response sets none of its own. Without {@code frame-ancestors}, so any site may frame them: {@code *}
     * would leave out pages whose origin is opaque ({@code data:}, sandboxed frames). {@code {inline-style-hashes}}
     * stands for the hashes of the stylesheets our pages carry inline ({@code InlineStyles}), so a card may style
     * itself but run nothing and load nothing.
     */
    @WithDefault("default-src 'none'; style-src {inline-style-hashes}; img-src 'self' data:; base-uri 'none';"
            + " form-action 'none'")
    String frameableContentSecurityPolicy();

    /**
     * {@code pfg.http.landing-page-content-security-policy}: the policy of the landing page ({@code /}): its own
     * inline styles, and frames of our own embed cards (its gallery); no scripts; never framed itself.
     */
    @WithDefault("default-src 'none'; style-src {inline-style-hashes}; img-src 'self' data:; frame-src 'self';"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    String landingPageContentSecurityPolicy();

    /** {@code pfg.http.referrer-policy}: what browsers send as Referer when leaving a page of ours. */
    @WithDefault("no-referrer")
    String referrerPolicy();

    /** HTTP Strict Transport Security. */
    HstsConfig hsts();

    /** {@code pfg.http.hsts.*}: off by default, since only the operator knows that every client reaches us by TLS. */
    interface HstsConfig {
        /** {@code pfg.http.hsts.enabled}: send {@code Strict-Transport-Security}. */
        @WithDefault("false")
        boolean enabled();

        /** {@code pfg.http.hsts.max-age}: seconds browsers remember to use HTTPS only (default one year). */
        @WithDefault("31536000")
        long maxAge();

        /** {@code pfg.http.hsts.include-subdomains}: the same for every subdomain of the API's host. */
        @WithDefault("false")
        boolean includeSubdomains();
    }
}
