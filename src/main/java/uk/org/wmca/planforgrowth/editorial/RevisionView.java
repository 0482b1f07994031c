package uk.org.wmca.planforgrowth.editorial;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.content.ItemType;

/** One revision of an item; the document only when one revision is asked for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Revision", description = "One change to an item: who, when, what, and the document after it.")
public record RevisionView(
        @Schema(description = "1 for the item's first revision, then 2, 3…", examples = "3", required = true)
        int number,

        @Schema(
                description = "What the change did.",
                enumeration = {"seeded", "created", "updated", "published", "unpublished", "deleted", "restored"},
                required = true)
        RevisionAction action,

        @Schema(
                description = "The item's state after the change.",
                enumeration = {"draft", "published", "deleted"},
                required = true)
        ItemState state,

        @Schema(
                description = "Name of the token that made the change; content-files for the seed.",
                examples = "jo-editor",
                required = true)
        String author,

        @Schema(required = true) OffsetDateTime createdAt,

        @Schema(description = "The document members the change altered.", examples = "[\"summary\"]", required = true)
        List<String> changed,

        @Schema(description = "The whole document after the change (only on one revision).")
        Object document,

        @Schema(required = true) SelfLinks links) {

    public record SelfLinks(@Schema(required = true) String self) {}

    static RevisionView of(Revision r, ItemType type, Object document) {
        return new RevisionView(
                r.number,
                r.action,
                r.state,
                r.author,
                r.createdAt,
                r.changed.isEmpty() ? List.of() : Arrays.asList(r.changed.split(",")),
                document,
                new SelfLinks(type.itemPath(r.itemKey) + "/revisions/" + r.number));
    }
}
