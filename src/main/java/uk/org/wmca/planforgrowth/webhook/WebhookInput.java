package uk.org.wmca.planforgrowth.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A subscription to create, or the members to change (PATCH: every member optional). Unknown members are refused
 * ({@link uk.org.wmca.planforgrowth.common.StrictJson}); values are checked by the service, all at once.
 */
@Schema(name = "WebhookInput", description = "A webhook subscription to create or change. Unknown members are refused.")
public record WebhookInput(
        @Schema(
                description = "Where events are POSTed: an http or https URL whose host resolves to public addresses"
                        + " only. Required to create.",
                examples = "https://partner.example.org/hooks/plan-for-growth",
                maxLength = 2000)
        String url,

        @Schema(
                description = "Event filters: <type>.<action>, either part may be *, or * for everything. Types:"
                        + " source, fact, place, intervention, cluster, theme, plan. Actions: published, updated,"
                        + " unpublished, deleted. 1 to 20, no repeats. Required to create.",
                examples = "[\"cluster.published\", \"*.deleted\"]")
        List<String> events,

        @Schema(
                description = "What the subscription is for, up to 200 characters.",
                nullable = true,
                maxLength = 200,
                examples = "Coventry City Council website")
        String description,

        @Schema(
                description = "PATCH only: paused stops deliveries (they wait in the outbox); active resumes them,"
                        + " resets the failure count and sends what waited at once.",
                enumeration = {"active", "paused"})
        String status) {}
