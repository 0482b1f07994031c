package uk.org.wmca.planforgrowth.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A subscriber's URL, the events it wants, the secret its deliveries are signed with, and its health. Updated column
 * by column ({@code @DynamicUpdate}), so that a change of some members (a pause after failures) never writes back
 * others that a concurrent statement changed (a rotated secret).
 */
@Entity
@DynamicUpdate
public class WebhookSubscription {
    static final String ACTIVE = "active";
    static final String PAUSED = "paused";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String url;

    public String description;

    /** Event filters, comma-separated: {@code cluster.published}, {@code *.deleted}, {@code *}. */
    @Column(nullable = false)
    public String events;

    /** {@code whsec_} and the base64 key; kept to sign deliveries, shown to the admin only at creation or rotation. */
    @Column(nullable = false)
    public String secret;

    /** The secret before the last rotation, still signing deliveries until {@link #previousSecretExpiresAt}. */
    public String previousSecret;

    public Instant previousSecretExpiresAt;

    /** {@code active} or {@code paused}. */
    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int consecutiveFailures;

    public Instant pausedAt;

    public String pausedReason;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public String createdBy;

    @Column(nullable = false)
    public Instant updatedAt;
}
