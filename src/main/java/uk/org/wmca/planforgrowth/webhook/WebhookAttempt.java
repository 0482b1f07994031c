package uk.org.wmca.planforgrowth.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One attempt to send a delivery: the delivery log admins read. */
@Entity
public class WebhookAttempt {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Long deliveryId;

    @Column(nullable = false)
    public Long subscriptionId;

    /** 1 for the first attempt of the delivery. */
    @Column(nullable = false)
    public int attempt;

    @Column(nullable = false)
    public Instant attemptedAt;

    @Column(nullable = false)
    public boolean succeeded;

    /** The subscriber's HTTP status; null when no answer came (refused, timed out, address not allowed). */
    public Integer statusCode;

    public String error;

    @Column(nullable = false)
    public long durationMs;
}
