package uk.org.wmca.planforgrowth.webhook;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attempt of the delivery log. */
@Schema(name = "WebhookAttempt", description = "One attempt to deliver an event to a subscriber.")
public record AttemptView(
        @Schema(required = true, examples = "41") long id,

        @Schema(required = true, description = "The delivery (its webhook-id is msg_<deliveryId>).", examples = "17")
        long deliveryId,

        @Schema(required = true, examples = "cluster.published")
        String event,

        @Schema(required = true, description = "The change's cursor in the feed.", examples = "YzEuMTIuMA")
        String cursor,

        @Schema(required = true, description = "1 for the first attempt of the delivery.", examples = "1")
        int attempt,

        @Schema(required = true) Instant attemptedAt,

        @Schema(required = true, description = "Whether the subscriber answered 2xx.")
        boolean succeeded,

        @Schema(
                required = true,
                nullable = true,
                description = "The subscriber's status; null when no answer came.",
                examples = "200")
        Integer statusCode,

        @Schema(required = true, nullable = true, description = "What went wrong, when it did.")
        String error,

        @Schema(required = true, examples = "38") long durationMs,

        @Schema(
                required = true,
                enumeration = {"pending", "delivered"},
                description = "Where the delivery stands now.")
        String deliveryStatus) {}
