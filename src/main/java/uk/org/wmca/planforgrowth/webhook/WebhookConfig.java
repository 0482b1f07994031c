package uk.org.wmca.planforgrowth.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of webhook delivery, under {@code pfg.webhooks.} in {@code application.properties} or the environment. */
@ConfigMapping(prefix = "pfg.webhooks")
public interface WebhookConfig {

    /**
     * {@code pfg.webhooks.allow-private-targets}: whether subscriber URLs may point at loopback, private, link-local,
     * unique-local or unspecified addresses (and the cloud metadata address). Off by default, so that a webhook
     * cannot be used to reach the servers' own network; the tests switch it on for their local receiver.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** {@code pfg.webhooks.poll-interval}: how often each instance looks for deliveries that are due. */
    @WithDefault("1s")
    String pollInterval();

    /** {@code pfg.webhooks.batch-size}: deliveries one instance sends at once, at most. */
    @WithDefault("20")
    int batchSize();

    /** {@code pfg.webhooks.connect-timeout}: how long to wait for a subscriber to accept the connection. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** {@code pfg.webhooks.request-timeout}: how long to wait for a subscriber's answer. */
    @WithDefault("10s")
    Duration requestTimeout();

    /**
     * {@code pfg.webhooks.lease}: how long a claimed delivery stays with the instance that claimed it. If that instance
     * dies, another sends the delivery once the lease is over. Longer than the request timeout.
     */
    @WithDefault("60s")
    Duration lease();

    /** {@code pfg.webhooks.initial-backoff}: the wait before the first retry; it doubles with each failure. */
    @WithDefault("10s")
    Duration initialBackoff();

    /** {@code pfg.webhooks.max-backoff}: the longest wait between two attempts. */
    @WithDefault("1h")
    Duration maxBackoff();

    /**
     * {@code pfg.webhooks.previous-secret-valid-for}: after a secret is rotated, how long deliveries are also signed
     * with the previous one, so that subscribers can switch over (DELETE …/previous-secret ends it sooner).
     */
    @WithDefault("24h")
    Duration previousSecretValidFor();

    /**
     * {@code pfg.webhooks.pause-after-failures}: consecutive failed attempts after which a subscription is paused. Its
     * deliveries wait in the outbox until an admin resumes it.
     */
    @WithDefault("10")
    int pauseAfterFailures();
}
