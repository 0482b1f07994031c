package uk.org.wmca.planforgrowth.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.common.Attribution;

/** The {@code meta} of a page of the feed: where to read on from, and whether more is waiting. */
@Schema(name = "ChangesMeta")
public record ChangesMeta(
        @Schema(required = true, description = "Changes per page asked for.", examples = "100")
        int limit,

        @Schema(
                required = true,
                description = "Cursor to send as since next time: after the last change of this page (or the since"
                        + " sent, when the page is empty). Keep it: it is where this client is.",
                examples = "YzEuMTIuMA")
        String next,

        @Schema(
                required = true,
                description = "Whether more changes are waiting after this page: read on at once with links.next.",
                examples = "false")
        boolean hasMore,

        @Schema(required = true) Attribution source) {}
