package uk.org.wmca.planforgrowth.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.common.SelfLink;

/** An API token as admins see it: never its secret. */
@Schema(name = "Token", description = "An API token. Its secret is shown only once, when it is created.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TokenView(
        @Schema(
                description = "Id of the token; revoke it with DELETE /api/v1/admin/tokens/{id}.",
                examples = "7",
                required = true)
        long id,

        @Schema(
                description = "Unique name: who or what uses the token.",
                examples = "Content team: Jane Doe",
                required = true)
        String name,

        @Schema(
                description = "editor writes content; admin also manages tokens.",
                enumeration = {"editor", "admin"},
                required = true)
        String role,

        @Schema(
                description = "active, or why the token no longer works: expired, revoked.",
                enumeration = {"active", "expired", "revoked"},
                required = true)
        String status,

        @Schema(description = "When the token was created.", examples = "2026-11-28T16:55:06Z", required = true)
        Instant createdAt,

        @Schema(
                description =
                        "Name of the token that created it, or PFG_ADMIN_TOKEN or generated for bootstrap tokens.",
                examples = "admin (PFG_ADMIN_TOKEN)",
                required = true)
        String createdBy,

        @Schema(
                description = "When the token stops working; null if never.",
                nullable = true,
                examples = "2027-01-01T00:00:00Z")
        Instant expiresAt,

        @Schema(
                description =
                        "When the token last authenticated a request (written at most once a minute); null if never.",
                nullable = true,
                examples = "2026-11-29T09:12:40Z")
        Instant lastUsedAt,

        @Schema(
                description = "When the token was revoked; null if it was not.",
                nullable = true,
                examples = "2026-12-01T10:00:00Z")
        Instant revokedAt,

        @Schema(
                description = "Name of the token that revoked it; null if it was not.",
                nullable = true,
                examples = "admin (PFG_ADMIN_TOKEN)")
        String revokedBy,

        @Schema(required = true) SelfLink links) {

    public static final String PATH = "/api/v1/admin/tokens/";

    static TokenView from(ApiToken token, Instant now) {
        return new TokenView(
                token.id,
                token.name,
                token.role.wireName(),
                token.isRevoked() ? "revoked" : token.isExpiredAt(now) ? "expired" : "active",
                token.createdAt,
                token.createdBy,
                token.expiresAt,
                token.lastUsedAt,
                token.revokedAt,
                token.revokedBy,
                SelfLink.of(PATH + token.id));
    }
}
