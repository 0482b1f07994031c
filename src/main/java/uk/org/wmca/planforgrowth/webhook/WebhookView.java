package uk.org.wmca.planforgrowth.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as admins see it; the secret only in the answers that created or rotated it. */
@Schema(name = "Webhook", description = "A webhook subscription.")
public record WebhookView(
        @Schema(required = true, examples = "3") long id,

        @Schema(required = true, examples = "https://partner.example.org/hooks/plan-for-growth")
        String url,

        @Schema(required = true, nullable = true, examples = "Coventry City Council website")
        String description,

        @Schema(required = true, examples = "[\"cluster.published\", \"*.deleted\"]")
        List<String> events,

        @Schema(
                required = true,
                enumeration = {"active", "paused"},
                description = "paused: by an admin, or after too many consecutive failures (see pausedReason).")
        String status,

        @Schema(required = true, description = "Failed attempts since the last success.", examples = "0")
        int consecutiveFailures,

        @Schema(required = true, nullable = true) Instant pausedAt,
        @Schema(required = true, nullable = true) String pausedReason,

        @Schema(required = true, description = "Deliveries waiting in the outbox.", examples = "0")
        long pendingDeliveries,

        @Schema(required = true) Instant createdAt,

        @Schema(required = true, examples = "admin (PFG_ADMIN_TOKEN)")
        String createdBy,

        @Schema(required = true) Instant updatedAt,

        @Schema(
                required = true,
                nullable = true,
                description = "After a secret rotation: until when deliveries also carry a signature made with the"
                        + " previous secret. Null when they carry only the current one.")
        Instant previousSecretExpiresAt,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description = "The signing secret, only in the answers to POST (creation and rotate-secret): store it"
                        + " at once. whsec_ and the key in base64.",
                examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret,

        @Schema(required = true, description = "self; deliveries (the delivery log); rotateSecret.")
        Map<String, String> links) {

    static final String PATH = "/api/v1/admin/webhooks";

    static WebhookView of(WebhookSubscription s, long pending, String secret) {
        Instant previousUntil = s.previousSecretExpiresAt != null && s.previousSecretExpiresAt.isAfter(Instant.now())
                ? s.previousSecretExpiresAt
                : null;
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", PATH + "/" + s.id);
        links.put("deliveries", PATH + "/" + s.id + "/deliveries");
        links.put("rotateSecret", PATH + "/" + s.id + "/rotate-secret");
        return new WebhookView(
                s.id,
                s.url,
                s.description,
                EventFilters.parse(s.events),
                s.status,
                s.consecutiveFailures,
                s.pausedAt,
                s.pausedReason,
                pending,
                s.createdAt,
                s.createdBy,
                s.updatedAt,
                previousUntil,
                secret,
                links);
    }
}
