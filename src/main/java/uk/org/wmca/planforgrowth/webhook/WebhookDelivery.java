package uk.org.wmca.planforgrowth.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A row of the outbox: one event for one subscription, pending until the subscriber acknowledges it with a 2xx. */
@Entity
public class WebhookDelivery {
    static final String PENDING = "pending";
    static final String DELIVERED = "delivered";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Long subscriptionId;

    @Column(nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String eventCursor;

    /** The JSON body sent, the same on every attempt. */
    @Column(nullable = false)
    public String payload;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int attempts;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant nextAttemptAt;

    /** Until when an instance holds this delivery (while it sends it); null when nobody does. */
    public Instant lockedUntil;

    public Instant deliveredAt;
}
