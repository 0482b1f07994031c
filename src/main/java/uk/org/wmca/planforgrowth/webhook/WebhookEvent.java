package uk.org.wmca.planforgrowth.webhook;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.changes.ChangeView;

/** The JSON body POSTed to a subscriber (the Standard Webhooks shape: type, timestamp, data). */
@Schema(name = "WebhookEvent", description = "The body of a webhook delivery.")
public record WebhookEvent(
        @Schema(required = true, description = "The event: <type>.<action>.", examples = "cluster.published")
        String type,

        @Schema(required = true, description = "When the change was made.")
        Instant timestamp,

        @Schema(required = true, description = "The change, as in the change feed.")
        ChangeView data) {}
