package uk.org.wmca.planforgrowth.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import uk.org.wmca.planforgrowth.changes.ChangeEntry;
import uk.org.wmca.planforgrowth.changes.ChangeRecorded;
import uk.org.wmca.planforgrowth.changes.ChangeView;

/**
 * Puts each change into the outbox of every subscription whose filters match it, in the transaction of the change:
 * a committed change always has its deliveries, and a rolled-back one never does. Paused subscriptions get theirs
 * too, sent when they are resumed.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    Outbox(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    void onChange(@Observes ChangeRecorded recorded) {
        ChangeEntry entry = recorded.entry();
        List<WebhookSubscription> subscriptions = entityManager
                .createQuery("from WebhookSubscription s order by s.id", WebhookSubscription.class)
                .getResultList();
        String payload = null;
        Instant now = Instant.now();
        for (WebhookSubscription subscription : subscriptions) {
            if (!EventFilters.matches(EventFilters.parse(subscription.events), entry.event())) {
                continue;
            }
            if (payload == null) {
                payload = payload(entry);
            }
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.subscriptionId = subscription.id;
            delivery.eventType = entry.event();
            delivery.eventCursor = entry.cursor().encode();
            delivery.payload = payload;
            delivery.status = WebhookDelivery.PENDING;
            delivery.attempts = 0;
            delivery.createdAt = now;
            delivery.nextAttemptAt = now;
            entityManager.persist(delivery);
        }
    }

    private String payload(ChangeEntry entry) {
        try {
            return mapper.writeValueAsString(new WebhookEvent(entry.event(), entry.at(), ChangeView.of(entry)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a webhook event", e);
        }
    }
}
