package uk.org.wmca.planforgrowth.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.common.SelfLink;

/** A token just created, with its secret: the only response that ever carries one. */
@Schema(
        name = "IssuedToken",
        description = "A token just created. secret is shown this once and cannot be read again: store it now.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IssuedTokenView(
        @Schema(examples = "7", required = true) long id,

        @Schema(examples = "Content team: Jane Doe", required = true)
        String name,

        @Schema(
                enumeration = {"editor", "admin"},
                required = true)
        String role,

        @Schema(
                enumeration = {"active", "expired", "revoked"},
                required = true)
        String status,

        @Schema(examples = "2026-11-28T16:55:06Z", required = true)
        Instant createdAt,

        @Schema(examples = "admin (PFG_ADMIN_TOKEN)", required = true)
        String createdBy,

        @Schema(nullable = true, examples = "2027-01-01T00:00:00Z")
        Instant expiresAt,

        @Schema(nullable = true) Instant lastUsedAt,
        @Schema(nullable = true) Instant revokedAt,
        @Schema(nullable = true) String revokedBy,

        @Schema(
                description = "The secret: send it as Authorization: Bearer <secret>. Shown only in this response.",
                examples = "pfg_3q2x7w4kZp0mJ8xYbV1cN5rT6uH9sA2dF4gL7eK0iWo",
                pattern = "^pfg_[A-Za-z0-9_-]{43}$",
                required = true)
        String secret,

        @Schema(required = true) SelfLink links) {

    static IssuedTokenView from(TokenService.Issued issued) {
        TokenView token = issued.token();
        return new IssuedTokenView(
                token.id(),
                token.name(),
                token.role(),
                token.status(),
                token.createdAt(),
                token.createdBy(),
                token.expiresAt(),
                token.lastUsedAt(),
                token.revokedAt(),
                token.revokedBy(),
                issued.secret(),
                token.links());
    }
}
