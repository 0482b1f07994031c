package uk.org.wmca.planforgrowth.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/**
 * Rate limiting, under {@code pfg.rate-limit.}: a token bucket per API token, else per client address. Each budget
 * holds {@code burst} requests and is refilled steadily with {@code limit} requests per {@code period}.
 */
@ConfigMapping(prefix = "pfg.rate-limit")
public interface RateLimitConfig {

    /** {@code pfg.rate-limit.enabled}: limit requests at all. Off in the test profile, so that tests need no budget. */
    @WithDefault("true")
    boolean enabled();

    /**
     * {@code pfg.rate-limit.paths}: path prefixes whose requests count; a prefix covers itself and everything under it
     * ({@code /api/v1} covers {@code /api/v1} and {@code /api/v1/clusters}, not {@code /api/v10}). Operators' endpoints
     * under {@code /q} (health, metrics, the spec, Swagger UI) are left out on purpose, so that probes and scrapers
     * never meet a 429.
     */
    @WithDefault("/api/v1,/embed,/oembed")
    List<String> paths();

    /** Budget of each client address for requests without a verified API token. */
    AnonymousBudget anonymous();

    /** Budget of each verified API token, wherever its requests come from. */
    TokenBudget token();

    /**
     * {@code pfg.rate-limit.max-clients}: buckets kept at most. A bucket unused for its period is full again and is
     * dropped; past this number the least recently used go first (their clients start again with a full budget).
     */
    @WithDefault("100000")
    long maxClients();

    /** {@code pfg.rate-limit.anonymous.*}. */
    interface AnonymousBudget {
        /** {@code pfg.rate-limit.anonymous.limit}: requests per period, refilled steadily. */
        @WithDefault("300")
        long limit();

        /** {@code pfg.rate-limit.anonymous.burst}: the bucket's capacity, what a rested client may send at once. */
        @WithDefault("300")
        long burst();

        /** {@code pfg.rate-limit.anonymous.period}: the period of the limit ({@code 1m}, {@code 1h}, {@code PT30S}). */
        @WithDefault("1m")
        Duration period();
    }

    /** {@code pfg.rate-limit.token.*}. */
    interface TokenBudget {
        /** {@code pfg.rate-limit.token.limit}: requests per period, refilled steadily. */
        @WithDefault("1200")
        long limit();

        /** {@code pfg.rate-limit.token.burst}: the bucket's capacity. */
        @WithDefault("1200")
        long burst();

        /** {@code pfg.rate-limit.token.period}: the period of the limit. */
        @WithDefault("1m")
        Duration period();
    }
}
