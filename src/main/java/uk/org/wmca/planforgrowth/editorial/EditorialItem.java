package uk.org.wmca.planforgrowth.editorial;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.content.ItemType;

/** An item as editors see it: where it stands, its latest revision and the document they would publish. */
@Schema(name = "EditorialItem", description = "An item as editors see it: its state, latest revision and document.")
public record EditorialItem(
        @Schema(description = "The kind of item.", examples = "cluster", required = true)
        String type,

        @Schema(description = "The item's slug or public id.", examples = "aerospace", required = true)
        String id,

        @Schema(
                description = "published: the public API shows it; draft: only editors see it.",
                enumeration = {"draft", "published"},
                required = true)
        ItemState status,

        @Schema(
                description = "True when a published item has edits that are not published yet; publish to show them.",
                required = true)
        boolean hasUnpublishedChanges,

        @Schema(
                description = "The latest revision; the item's ETag for writes is \"rev-<revision>\".",
                examples = "4",
                required = true)
        int revision,

        @Schema(description = "When the latest revision was made.", required = true)
        OffsetDateTime updatedAt,

        @Schema(
                description = "Name of the token that made the latest revision.",
                examples = "jo-editor",
                required = true)
        String updatedBy,

        @Schema(
                description =
                        "The document editors work on (the draft when there is one, else the published item), in the format POST, PUT and PATCH take.",
                required = true)
        Object document,

        @Schema(required = true) Links links) {

    public record Links(
            @Schema(description = "The public resource (404 until published).", required = true)
            String self,

            @Schema(description = "The item's revision history.", required = true)
            String revisions,

            @Schema(description = "POST here to publish the document.", required = true)
            String publish) {}

    /** The ETag that writes must send in If-Match. */
    @JsonIgnore
    public String etag() {
        return etagOf(revision);
    }

    static String etagOf(int revision) {
        return "\"rev-" + revision + "\"";
    }

    static Links links(ItemType type, String key) {
        String self = type.itemPath(key);
        return new Links(self, self + "/revisions", self + "/publish");
    }
}
