package uk.org.wmca.planforgrowth.changes;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed in the usual envelope. */
@Schema(name = "ChangesPage")
public record ChangesPage(
        @Schema(required = true, description = "Changes in commit order, oldest first.")
        List<ChangeView> data,

        @Schema(required = true) ChangesMeta meta,

        @Schema(
                required = true,
                description = "self; next (this feed from meta.next: poll it, or read on when hasMore); atom (the"
                        + " same page as Atom).")
        Map<String, String> links) {}
