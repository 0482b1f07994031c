package uk.org.wmca.planforgrowth.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.logging.Log;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import uk.org.wmca.planforgrowth.auth.VerifiedTokens;
import uk.org.wmca.planforgrowth.common.Prerender;

/**
 * Rate limiting with token buckets (Bucket4j): one bucket per verified API token, else one per client address (the
 * remote address, or what Quarkus' {@code quarkus.http.proxy.*} settings make of {@code Forwarded} and
 * {@code X-Forwarded-For}). A request takes one token on arrival; when its answer turns out to be a 304, the token is
 * given back, so revalidating costs nothing. Every counted response carries {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset}; a request over budget gets a 429 problem with
 * {@code Retry-After}.
 *
 * <p>Budgets live in memory, per instance: behind a load balancer a client's budget is the configured one times the
 * instances it reaches. Buckets sit in a bounded map and leave it when unused for their period (they are full again
 * by then, so nothing is lost).
 */
@ApplicationScoped
public class RateLimits {

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";
    public static final String RETRY_AFTER = "Retry-After";

    /** One kind of budget: capacity (burst), steady refill of {@code limit} per {@code period}. */
    record Budget(String name, long limit, long burst, Duration period) {

        Bucket newBucket() {
            return Bucket.builder()
                    .addLimit(l -> l.capacity(burst).refillGreedy(limit, period))
                    .build();
        }

        /** How long an empty bucket takes to fill up again; unused that long, it is as good as new. */
        Duration timeToFill() {
            return period.multipliedBy((burst + limit - 1) / limit);
        }

        /** Nanoseconds the bucket takes to regain one token. */
        long nanosPerToken() {
            return period.toNanos() / limit;
        }

        String describe() {
            return limit + " requests per " + format(period) + (burst == limit ? "" : ", bursts of up to " + burst);
        }

        private static String format(Duration period) {
            long seconds = period.toSeconds();
            if (seconds % 3600 == 0) {
                return seconds == 3600 ? "hour" : seconds / 3600 + " hours";
            }
            if (seconds % 60 == 0) {
                return seconds == 60 ? "minute" : seconds / 60 + " minutes";
            }
            return seconds + " seconds";
        }
    }

    private final boolean enabled;
    private final PathPrefixes counted;
    private final Budget anonymous;
    private final Budget token;
    private final Cache<String, Bucket> buckets;
    private final Optional<VerifiedTokens> verifiedTokens;
    private final EdgeProblems problems;

    RateLimits(RateLimitConfig config, Instance<VerifiedTokens> verifiedTokens, EdgeProblems problems) {
        this.enabled = config.enabled();
        this.counted = PathPrefixes.of(config.paths());
        this.anonymous = new Budget(
                "anonymous",
                config.anonymous().limit(),
                config.anonymous().burst(),
                config.anonymous().period());
        this.token = new Budget(
                "token",
                config.token().limit(),
                config.token().burst(),
                config.token().period());
        Duration idle = max(anonymous.timeToFill(), token.timeToFill());
        this.buckets = Caffeine.newBuilder()
                .maximumSize(config.maxClients())
                .expireAfterAccess(idle.toNanos(), TimeUnit.NANOSECONDS)
                .build();
        this.verifiedTokens = verifiedTokens.isResolvable() ? Optional.of(verifiedTokens.get()) : Optional.empty();
        this.problems = problems;
    }

    void register(@Observes Router router) {
        if (enabled) {
            router.route().order(EdgeOrder.RATE_LIMIT).handler(this::limit);
        }
    }

    private void limit(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = request.path();
        if (path == null || !counted.matches(path) || Prerender.isOwn(request)) {
            context.next(); // not counted; nor is this instance's own pre-rendering walk
            return;
        }
        Optional<Long> tokenId = tokenId(request.getHeader("Authorization"));
        Budget budget = tokenId.isPresent() ? token : anonymous;
        String key = tokenId.map(id -> "token:" + id).orElseGet(() -> "address:" + address(request));
        Bucket bucket = buckets.get(key, k -> budget.newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        MultiMap headers = context.response().headers();
        if (!probe.isConsumed()) {
            long retryAfter = seconds(probe.getNanosToWaitForRefill());
            Log.debugf("Rate limit: %s over its %s budget; retry after %d s", key, budget.name(), retryAfter);
            headers.set(LIMIT, String.valueOf(budget.burst()))
                    .set(REMAINING, "0")
                    .set(RESET, String.valueOf(seconds(probe.getNanosToWaitForReset())))
                    .set(RETRY_AFTER, String.valueOf(retryAfter));
            problems.send(
                    context,
                    429,
                    "Too Many Requests",
                    "This client has used its budget of " + budget.describe() + ". Try again in " + retryAfter
                            + (retryAfter == 1 ? " second" : " seconds")
                            + "; responses 304 Not Modified are free.");
            return;
        }
        context.addHeadersEndHandler(done -> {
            long remaining = probe.getRemainingTokens();
            long resetNanos = probe.getNanosToWaitForReset();
            if (context.response().getStatusCode() == 304) {
                bucket.addTokens(1);
                remaining = Math.min(budget.burst(), remaining + 1);
                resetNanos = Math.max(0, resetNanos - budget.nanosPerToken());
            }
            headers.set(LIMIT, String.valueOf(budget.burst()))
                    .set(REMAINING, String.valueOf(remaining))
                    .set(RESET, String.valueOf(seconds(resetNanos)));
        });
        context.next();
    }

    /** The id of the verified token in a {@code Bearer} authorization, if the token service vouches for it. */
    private Optional<Long> tokenId(String authorization) {
        if (verifiedTokens.isEmpty()
                || authorization == null
                || authorization.length() <= 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return verifiedTokens.get().idOf(authorization.substring(7).trim());
    }

    private static String address(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        return remote == null || remote.host() == null ? "unknown" : remote.host();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Whole seconds, rounded up: a client that waits this long is sure to find the token back. */
    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
