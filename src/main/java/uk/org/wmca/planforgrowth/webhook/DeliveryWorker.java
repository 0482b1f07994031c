package uk.org.wmca.planforgrowth.webhook;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import uk.org.wmca.planforgrowth.database.DatabaseFailures;
import uk.org.wmca.planforgrowth.database.DatabaseStatus;

/**
 * Sends what the outbox holds. Every instance polls for due deliveries and claims each with a conditional update of
 * its lease ({@code locked_until}), which only one instance can win, on H2 and PostgreSQL alike; it then POSTs them
 * (signed, with timeouts, never following redirects) and records each attempt. A failure is retried with exponential
 * backoff and jitter; a subscription that fails {@code pause-after-failures} times in a row is paused. A delivery is
 * marked delivered only after a 2xx, so an instance dying mid-send means the delivery is sent again once its lease
 * ends: at least once.
 */
@ApplicationScoped
public class DeliveryWorker {

    static final String USER_AGENT = "plan-for-growth-webhooks/1";

    /** A delivery this instance won, with the secrets to sign it with (the current one first). */
    record Claimed(long deliveryId, long subscriptionId, String url, List<String> secrets, String payload) {}

    /** How an attempt went. */
    record Outcome(boolean succeeded, Integer statusCode, String error, long durationMs) {}

    private final EntityManager entityManager;
    private final WebhookConfig config;
    private final WebhookTargets targets;
    private final WebhookClient http;
    private volatile boolean stopping;

    private final DatabaseStatus database;

    DeliveryWorker(
            EntityManager entityManager,
            WebhookConfig config,
            WebhookTargets targets,
            DatabaseStatus database,
            Vertx vertx) {
        this.database = database;
        this.entityManager = entityManager;
        this.config = config;
        this.targets = targets;
        this.http = new WebhookClient(vertx, config.connectTimeout(), config.requestTimeout());
    }

    @Scheduled(
            every = "${pfg.webhooks.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    void poll() {
        if (stopping || !database.available()) {
            return; // the outbox is in the database: deliveries wait for it (its outage is logged once elsewhere)
        }
        try {
            deliverDue();
        } catch (RuntimeException e) {
            if (stopping) {
                return;
            }
            if (DatabaseFailures.isUnavailable(e)) {
                database.reportUnavailable(e); // the outage began between the check and the query: logged once
            } else {
                Log.errorf(e, "Webhook delivery round failed; retrying at the next poll");
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true; // what is claimed and unsent is sent again by any instance once its lease ends
    }

    /** Claims the deliveries that are due, sends them at once, and records how each went; returns how many. */
    public int deliverDue() {
        List<Claimed> claimed = QuarkusTransaction.requiringNew().call(this::claim);
        if (claimed.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Outcome>> sending = new ArrayList<>();
        for (Claimed delivery : claimed) {
            sending.add(send(delivery));
        }
        for (int i = 0; i < claimed.size(); i++) {
            Claimed delivery = claimed.get(i);
            Outcome outcome = sending.get(i).join();
            QuarkusTransaction.requiringNew().run(() -> record(delivery, outcome));
        }
        return claimed.size();
    }

    private List<Claimed> claim() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<Number> due = entityManager
                .createNativeQuery("select d.id from webhook_delivery d join webhook_subscription s on s.id ="
                        + " d.subscription_id where d.status = ?1 and s.status = ?2 and d.next_attempt_at <= ?3 and"
                        + " (d.locked_until is null or d.locked_until < ?3) order by d.next_attempt_at, d.id")
                .setParameter(1, WebhookDelivery.PENDING)
                .setParameter(2, WebhookSubscription.ACTIVE)
                .setParameter(3, now)
                .setMaxResults(config.batchSize())
                .getResultList();
        List<Claimed> claimed = new ArrayList<>();
        OffsetDateTime lease = now.plus(config.lease());
        for (Number id : due) {
            int won = entityManager
                    .createNativeQuery("update webhook_delivery set locked_until = ?1 where id = ?2 and status = ?3"
                            + " and (locked_until is null or locked_until < ?4)")
                    .setParameter(1, lease)
                    .setParameter(2, id.longValue())
                    .setParameter(3, WebhookDelivery.PENDING)
                    .setParameter(4, now)
                    .executeUpdate();
            if (won == 1) {
                Object[] row = (Object[]) entityManager
                        .createNativeQuery("select d.subscription_id, s.url, d.payload, s.secret, case when"
                                + " s.previous_secret_expires_at > ?2 then s.previous_secret end from webhook_delivery"
                                + " d join webhook_subscription s on s.id = d.subscription_id where d.id = ?1")
                        .setParameter(1, id.longValue())
                        .setParameter(2, now)
                        .getSingleResult();
                List<String> secrets = new ArrayList<>();
                secrets.add((String) row[3]);
                if (row[4] != null) {
                    secrets.add((String) row[4]); // rotated lately: the subscriber may not have the new one yet
                }
                claimed.add(new Claimed(
                        id.longValue(), ((Number) row[0]).longValue(), (String) row[1], secrets, (String) row[2]));
            }
        }
        return claimed;
    }

    private CompletableFuture<Outcome> send(Claimed delivery) {
        WebhookTargets.Checked checked = targets.check(delivery.url());
        if (checked.refusal() != null) {
            return CompletableFuture.completedFuture(new Outcome(false, null, "Not sent: " + checked.refusal(), 0));
        }
        String id = "msg_" + delivery.deliveryId();
        long timestamp = Instant.now().getEpochSecond();
        Map<String, String> headers = Map.of(
                "Content-Type",
                "application/json",
                "User-Agent",
                USER_AGENT,
                "webhook-id",
                id,
                "webhook-timestamp",
                Long.toString(timestamp),
                "webhook-signature",
                WebhookSignatures.sign(delivery.secrets(), id, timestamp, delivery.payload()));
        long start = System.nanoTime();
        return http.post(checked.target(), headers, delivery.payload()).thenApply(answer -> {
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            if (answer.status() == null) {
                return new Outcome(false, null, cut(answer.error()), millis);
            }
            int status = answer.status();
            boolean ok = status >= 200 && status < 300;
            return new Outcome(ok, status, ok ? null : "The subscriber answered " + status, millis);
        });
    }

    private void record(Claimed claimed, Outcome outcome) {
        WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, claimed.deliveryId());
        WebhookSubscription subscription = entityManager.find(WebhookSubscription.class, claimed.subscriptionId());
        if (delivery == null || subscription == null) {
            return; // the subscription was deleted meanwhile
        }
        Instant now = Instant.now();
        delivery.attempts++;
        delivery.lockedUntil = null;
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.deliveryId = delivery.id;
        attempt.subscriptionId = subscription.id;
        attempt.attempt = delivery.attempts;
        attempt.attemptedAt = now;
        attempt.succeeded = outcome.succeeded();
        attempt.statusCode = outcome.statusCode();
        attempt.error = outcome.error();
        attempt.durationMs = outcome.durationMs();
        entityManager.persist(attempt);
        if (outcome.succeeded()) {
            delivery.status = WebhookDelivery.DELIVERED;
            delivery.deliveredAt = now;
            entityManager
                    .createNativeQuery("update webhook_subscription set consecutive_failures = 0 where id = ?1")
                    .setParameter(1, subscription.id)
                    .executeUpdate();
            Log.debugf("Webhook delivery %d to subscription %d: %s", delivery.id, subscription.id, outcome);
            return;
        }
        delivery.nextAttemptAt = now.plus(backoff(delivery.attempts));
        entityManager
                .createNativeQuery("update webhook_subscription set consecutive_failures = consecutive_failures + 1"
                        + " where id = ?1")
                .setParameter(1, subscription.id)
                .executeUpdate();
        entityManager.refresh(subscription);
        if (subscription.consecutiveFailures >= config.pauseAfterFailures()
                && WebhookSubscription.ACTIVE.equals(subscription.status)) {
            subscription.status = WebhookSubscription.PAUSED;
            subscription.pausedAt = now;
            subscription.pausedReason = cut(
                    subscription.consecutiveFailures + " consecutive failed attempts; the last: " + outcome.error());
            subscription.updatedAt = now;
            Log.infof(
                    "Webhook subscription %d paused after %d consecutive failures",
                    subscription.id, subscription.consecutiveFailures);
        }
    }

    /** initial × 2^(attempts−1), at most max, less up to half of it at random so retries spread out. */
    Duration backoff(int attempts) {
        long initial = config.initialBackoff().toMillis();
        long max = config.maxBackoff().toMillis();
        long delay = initial;
        for (int i = 1; i < attempts && delay < max; i++) {
            delay *= 2;
        }
        delay = Math.min(delay, max);
        long jitter = delay <= 1 ? 0 : ThreadLocalRandom.current().nextLong(delay / 2 + 1);
        return Duration.ofMillis(delay - jitter);
    }

    private static String cut(String text) {
        return text.length() > 500 ? text.substring(0, 499) + "…" : text;
    }
}
