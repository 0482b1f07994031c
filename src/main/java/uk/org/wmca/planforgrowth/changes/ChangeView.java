package uk.org.wmca.planforgrowth.changes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change as the feed and webhooks show it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Change", description = "One change to published content, at its place in the feed.")
public record ChangeView(
        @Schema(
                required = true,
                description = "Opaque cursor of the position just after this change: send it as since to read on"
                        + " from here.",
                examples = "YzEuMTIuMA")
        String cursor,

        @Schema(
                required = true,
                description = "The content version this change committed with; versions only grow, in commit order.",
                examples = "12")
        long version,

        @Schema(
                required = true,
                description = "The event name webhooks filter on: <type>.<action>.",
                examples = "cluster.published")
        String event,

        @Schema(
                required = true,
                enumeration = {"source", "fact", "place", "intervention", "cluster", "theme", "plan"},
                examples = "cluster")
        String type,

        @Schema(
                required = true,
                description = "The item's slug (its id for facts and sources).",
                examples = "aerospace")
        String key,

        @Schema(
                required = true,
                enumeration = {"published", "updated", "unpublished", "deleted"},
                description = "published: the item became public; updated: a new version of a public item was"
                        + " published; unpublished: it went back to draft and is no longer public; deleted: it is"
                        + " gone (a tombstone).",
                examples = "published")
        String action,

        @Schema(required = true, description = "When the change was made.", examples = "2026-11-28T16:55:06.123Z")
        Instant at,

        @Schema(
                description = "item: the item's path in the API. Absent when the item is not public after the change"
                        + " (unpublished, deleted).")
        Map<String, String> links) {

    public static ChangeView of(ChangeEntry entry) {
        Map<String, String> links = null;
        if (entry.itemPath() != null) {
            links = new LinkedHashMap<>();
            links.put("item", entry.itemPath());
        }
        return new ChangeView(
                entry.cursor().encode(),
                entry.version(),
                entry.event(),
                entry.type().wireName(),
                entry.key(),
                entry.action().wireName(),
                entry.at(),
                links);
    }
}
