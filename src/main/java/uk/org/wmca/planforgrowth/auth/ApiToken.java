package uk.org.wmca.planforgrowth.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** An API token: its name, role and lifetime, and the hash of its secret (the secret itself is never stored). */
@Entity
public class ApiToken {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String name;

    @Column(nullable = false)
    public TokenRole role;

    /** Lower-case hex SHA-256 of the secret. */
    @Column(nullable = false, unique = true)
    public String secretHash;

    @Column(nullable = false)
    public Instant createdAt;

    /** Name of the token that created this one, or a label such as {@code PFG_ADMIN_TOKEN} for bootstrap tokens. */
    @Column(nullable = false)
    public String createdBy;

    public Instant expiresAt;

    /** When the token last authenticated a request; written at most once a minute. */
    public Instant lastUsedAt;

    public Instant revokedAt;

    public String revokedBy;

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
