package uk.org.wmca.planforgrowth.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.org.wmca.planforgrowth.common.InvalidBodyException;
import uk.org.wmca.planforgrowth.common.PageRequest;
import uk.org.wmca.planforgrowth.common.PageResult;
import uk.org.wmca.planforgrowth.common.Problem;

/** Webhook subscriptions: create (with a new secret), list, read, change, pause and resume, delete; the delivery log. */
@ApplicationScoped
public class WebhookService {

    static final int MAX_FILTERS = 20;
    static final int MAX_DESCRIPTION = 200;

    private final EntityManager entityManager;
    private final WebhookTargets targets;

    WebhookService(EntityManager entityManager, WebhookTargets targets) {
        this.entityManager = entityManager;
        this.targets = targets;
    }

    @Transactional
    public WebhookView create(WebhookInput input, String actor) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.status() != null) {
            errors.add(InvalidBodyException.member(
                    "status", "status is set with PATCH; a new subscription is active.", List.of()));
        }
        check(input, true, errors);
        Instant now = Instant.now();
        WebhookSubscription s = new WebhookSubscription();
        s.url = input.url();
        s.events = EventFilters.store(input.events());
        s.description = input.description();
        s.secret = WebhookSignatures.newSecret();
        s.status = WebhookSubscription.ACTIVE;
        s.consecutiveFailures = 0;
        s.createdAt = now;
        s.createdBy = actor;
        s.updatedAt = now;
        entityManager.persist(s);
        return WebhookView.of(s, 0, s.secret);
    }

    @Transactional
    public PageResult<WebhookView> list(PageRequest page) {
        List<WebhookSubscription> found = entityManager
                .createQuery("from WebhookSubscription s order by s.id", WebhookSubscription.class)
                .setFirstResult((int) page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = entityManager
                .createQuery("select count(s) from WebhookSubscription s", Long.class)
                .getSingleResult();
        return new PageResult<>(found.stream().map(s -> view(s)).toList(), page, total).requireExistingPage();
    }

    @Transactional
    public Optional<WebhookView> find(long id) {
        return Optional.ofNullable(entityManager.find(WebhookSubscription.class, id))
                .map(this::view);
    }

    /** Changes the members given; status paused pauses, active resumes (and sends what waited at once). */
    @Transactional
    public Optional<WebhookView> update(long id, WebhookInput input) {
        WebhookSubscription s = entityManager.find(WebhookSubscription.class, id);
        if (s == null) {
            return Optional.empty();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.status() != null
                && !input.status().equals(WebhookSubscription.ACTIVE)
                && !input.status().equals(WebhookSubscription.PAUSED)) {
            errors.add(InvalidBodyException.member(
                    "status",
                    "status must be active or paused.",
                    List.of(WebhookSubscription.ACTIVE, WebhookSubscription.PAUSED)));
        }
        check(input, false, errors);
        Instant now = Instant.now();
        if (input.url() != null) {
            s.url = input.url();
        }
        if (input.events() != null) {
            s.events = EventFilters.store(input.events());
        }
        if (input.description() != null) {
            s.description = input.description().isEmpty() ? null : input.description();
        }
        if (WebhookSubscription.PAUSED.equals(input.status()) && !WebhookSubscription.PAUSED.equals(s.status)) {
            s.status = WebhookSubscription.PAUSED;
            s.pausedAt = now;
            s.pausedReason = "Paused by an admin.";
        } else if (WebhookSubscription.ACTIVE.equals(input.status()) && !WebhookSubscription.ACTIVE.equals(s.status)) {
            s.status = WebhookSubscription.ACTIVE;
            s.pausedAt = null;
            s.pausedReason = null;
            s.consecutiveFailures = 0;
            entityManager
                    .createQuery("update WebhookDelivery d set d.nextAttemptAt = :now where d.subscriptionId = :id"
                            + " and d.status = :pending")
                    .setParameter("now", now)
                    .setParameter("id", id)
                    .setParameter("pending", WebhookDelivery.PENDING)
                    .executeUpdate();
        }
        s.updatedAt = now;
        return Optional.of(view(s));
    }

    /**
     * Gives a subscription a new secret, shown in the answer only. Deliveries are signed with the new secret and, for
     * {@code previousValidFor}, also with the one before, so that the subscriber can switch over without refusing
     * any. One statement does it, so that a concurrent rotation or a pause after failures cannot write an older
     * secret back. Refused (409) while an earlier rotation's overlap still runs: rotating again would stop the oldest
     * secret at once.
     */
    @Transactional
    public Optional<WebhookView> rotateSecret(long id, Duration previousValidFor) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String secret = WebhookSignatures.newSecret();
        int rotated = entityManager
                .createNativeQuery("update webhook_subscription set previous_secret = secret,"
                        + " previous_secret_expires_at = ?1, secret = ?2, updated_at = ?3 where id = ?4 and"
                        + " (previous_secret is null or previous_secret_expires_at <= ?3)")
                .setParameter(1, now.plus(previousValidFor))
                .setParameter(2, secret)
                .setParameter(3, now)
                .setParameter(4, id)
                .executeUpdate();
        WebhookSubscription s = entityManager.find(WebhookSubscription.class, id);
        if (s == null) {
            return Optional.empty();
        }
        entityManager.refresh(s);
        if (rotated == 0) {
            throw new RotationUnderWayException(id, s.previousSecretExpiresAt);
        }
        WebhookView view = view(s);
        return Optional.of(WebhookView.of(s, view.pendingDeliveries(), secret));
    }

    /** Stops signing with the secret before the last rotation; false when there is no such subscription. */
    @Transactional
    public boolean endRotation(long id) {
        int ended = entityManager
                .createNativeQuery("update webhook_subscription set previous_secret = null,"
                        + " previous_secret_expires_at = null, updated_at = ?1 where id = ?2 and previous_secret is not"
                        + " null")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(2, id)
                .executeUpdate();
        return ended == 1 || entityManager.find(WebhookSubscription.class, id) != null; // none to end is fine
    }

    /** Deletes a subscription with its outbox and delivery log; false when there is none. */
    @Transactional
    public boolean delete(long id) {
        WebhookSubscription s = entityManager.find(WebhookSubscription.class, id);
        if (s == null) {
            return false;
        }
        entityManager
                .createQuery("delete from WebhookAttempt a where a.subscriptionId = :id")
                .setParameter("id", id)
                .executeUpdate();
        entityManager
                .createQuery("delete from WebhookDelivery d where d.subscriptionId = :id")
                .setParameter("id", id)
                .executeUpdate();
        entityManager.remove(s);
        return true;
    }

    /** The delivery log of a subscription, newest attempt first; empty when there is no such subscription. */
    @Transactional
    public Optional<PageResult<AttemptView>> attempts(long id, PageRequest page) {
        if (entityManager.find(WebhookSubscription.class, id) == null) {
            return Optional.empty();
        }
        List<Object[]> rows = entityManager
                .createQuery(
                        "select a, d.eventType, d.eventCursor, d.status from WebhookAttempt a, WebhookDelivery d"
                                + " where d.id = a.deliveryId and a.subscriptionId = :id order by a.id desc",
                        Object[].class)
                .setParameter("id", id)
                .setFirstResult((int) page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = entityManager
                .createQuery("select count(a) from WebhookAttempt a where a.subscriptionId = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        List<AttemptView> views = new ArrayList<>();
        for (Object[] row : rows) {
            WebhookAttempt a = (WebhookAttempt) row[0];
            views.add(new AttemptView(
                    a.id,
                    a.deliveryId,
                    (String) row[1],
                    (String) row[2],
                    a.attempt,
                    a.attemptedAt,
                    a.succeeded,
                    a.statusCode,
                    a.error,
                    a.durationMs,
                    (String) row[3]));
        }
        return Optional.of(new PageResult<>(views, page, total).requireExistingPage());
    }

    private WebhookView view(WebhookSubscription s) {
        long pending = entityManager
                .createQuery(
                        "select count(d) from WebhookDelivery d where d.subscriptionId = :id and d.status = :pending",
                        Long.class)
                .setParameter("id", s.id)
                .setParameter("pending", WebhookDelivery.PENDING)
                .getSingleResult();
        return WebhookView.of(s, pending, null);
    }

    /** Every invalid member at once, as a 422; {@code creating} makes url and events required. */
    private void check(WebhookInput input, boolean creating, List<Problem.FieldError> errors) {
        if (input.url() != null || creating) {
            targets.refusal(input.url())
                    .ifPresent(message -> errors.add(InvalidBodyException.member("url", message, List.of())));
        }
        if (input.events() != null || creating) {
            List<String> events = input.events();
            if (events == null || events.isEmpty() || events.size() > MAX_FILTERS) {
                errors.add(InvalidBodyException.member(
                        "events",
                        "events must list 1 to " + MAX_FILTERS + " event filters, such as cluster.published,"
                                + " *.deleted or *.",
                        List.of()));
            } else {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < events.size(); i++) {
                    String problem = EventFilters.problem(events.get(i));
                    if (problem != null) {
                        errors.add(InvalidBodyException.member("events[" + i + "]", problem, List.of()));
                    } else if (!seen.add(events.get(i))) {
                        errors.add(InvalidBodyException.member(
                                "events[" + i + "]", "'" + events.get(i) + "' is listed twice.", List.of()));
                    }
                }
            }
        }
        if (input.description() != null && input.description().length() > MAX_DESCRIPTION) {
            errors.add(InvalidBodyException.member(
                    "description", "description must be at most " + MAX_DESCRIPTION + " characters.", List.of()));
        }
        if (!errors.isEmpty()) {
            throw InvalidBodyException.invalid(errors);
        }
    }
}
