package uk.org.wmca.planforgrowth.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-origin access, under {@code pfg.cors.}: reads from any origin by default, writes only from the origins listed.
 * Origins are compared exactly, ignoring case ({@code https://editor.example.org}, no path, no trailing slash).
 */
@ConfigMapping(prefix = "pfg.cors")
public interface CorsConfig {

    /**
     * {@code pfg.cors.read-origins}: origins that may read (GET, HEAD, OPTIONS); {@code *} for any. Origins allowed
     * to write may always read too.
     */
    @WithDefault("*")
    List<String> readOrigins();

    /** {@code pfg.cors.write-origins}: origins that may send POST, PUT, PATCH and DELETE; none by default. */
    Optional<Set<String>> writeOrigins();

    /** {@code pfg.cors.allow-headers}: request headers a cross-origin request may send (preflight answer). */
    @WithDefault(
            "Accept,Authorization,Cache-Control,Content-Type,If-Match,If-Modified-Since,If-None-Match,X-Request-Id")
    List<String> allowHeaders();

    /** {@code pfg.cors.expose-headers}: response headers a cross-origin script may read. */
    @WithDefault("ETag,Link,Location,X-Request-Id,RateLimit-Limit,RateLimit-Remaining,RateLimit-Reset,Retry-After,"
            + "Content-Disposition,Last-Modified,Allow")
    List<String> exposeHeaders();

    /** {@code pfg.cors.max-age}: seconds a browser may reuse a preflight answer (Chromium caps it at 7200). */
    @WithDefault("3600")
    int maxAge();
}
