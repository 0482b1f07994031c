package uk.org.wmca.planforgrowth.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Limits on the request line, headers and body, under {@code pfg.http.}, that {@link RequestRules} and
 * {@link BodyDeadline} answer with a problem.
 * They sit below the HTTP server's own parser limits ({@code quarkus.http.limits.max-initial-line-length} and
 * {@code max-header-size}, set higher in application.properties), which close the connection with a bare answer.
 */
@ConfigMapping(prefix = "pfg.http")
public interface RequestRulesConfig {

    /** {@code pfg.http.max-uri-length}: longest request target, in characters; longer ones get a 414. */
    @WithDefault("8192")
    int maxUriLength();

    /** {@code pfg.http.max-header-bytes}: most bytes of all header names and values together; more get a 431. */
    @WithDefault("16384")
    int maxHeaderBytes();

    /**
     * {@code pfg.http.body-timeout}: how long a request's body may take to arrive, counted from when its headers were
     * read; a body still incomplete then gets a 408 and the connection is closed, however steadily it trickles.
     */
    @WithDefault("60s")
    Duration bodyTimeout();
}
