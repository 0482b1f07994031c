package uk.org.wmca.planforgrowth.backup;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.content.ContentDocument;

/**
 * The whole content as one document: every published item with its relations, facts and sources (in the content-file
 * format), every draft, and every revision. What an admin export gives and an import into an empty database takes.
 */
@Schema(
        name = "Backup",
        description = "The whole content of one database: published items, drafts and revisions. Export it with GET"
                + " /api/v1/admin/export and import it, unchanged, with POST /api/v1/admin/import.")
public record Backup(
        @Schema(description = "Always " + Backup.FORMAT + ".", examples = Backup.FORMAT)
        @NotNull
        @Pattern(regexp = Backup.FORMAT, message = "must be " + Backup.FORMAT)
        String format,

        @Schema(description = "Version of this format; this service reads version 1.", examples = "1")
        @NotNull
        @Min(value = 1, message = "must be 1")
        @Max(value = 1, message = "must be 1")
        Integer formatVersion,

        @Schema(description = "When the export was made.") OffsetDateTime exportedAt,

        @Schema(description = "The content version of the database the export was made from (informational).")
        Long contentVersion,

        @Schema(description = "Every published item, in the content-file format; items refer to each other by id.")
        @NotNull
        @Valid
        ContentDocument published,

        @Schema(description = "Every unpublished working copy: new items, unpublished items and pending edits.")
        @NotNull
        List<@NotNull @Valid DraftEntry> drafts,

        @Schema(
                description = "Every revision of every item, oldest first per item. Empty when exported with"
                        + " revisions=false.")
        @NotNull
        List<@NotNull @Valid RevisionEntry> revisions) {

    public static final String FORMAT = "plan-for-growth-backup";
    public static final int FORMAT_VERSION = 1;

    static final String TYPES = "plan|source|fact|place|intervention|theme|cluster";
    /** An item's key: a slug (the plan's is {@code plan}), as the write API takes it. */
    static final String KEY = "[a-z0-9]+(-[a-z0-9]+)*";

    static final String KEY_MESSAGE = "must be lower-case letters and digits in words joined by hyphens";
    static final String TYPES_MESSAGE = "must be one of plan, source, fact, place, intervention, theme, cluster";

    /** One draft: the working copy of an item, as an editor last saved it. */
    @Schema(name = "BackupDraft")
    public record DraftEntry(
            @Schema(description = "Item type.", examples = "cluster")
            @NotNull
            @Pattern(regexp = TYPES, message = TYPES_MESSAGE)
            String type,

            @Schema(description = "The item's slug or id (plan for the plan).", examples = "aerospace")
            @NotBlank
            @Size(max = 80)
            @Pattern(regexp = KEY, message = KEY_MESSAGE)
            String key,

            @Schema(description = "The working copy, in the write format of its type.") @NotNull
            JsonNode document,

            @NotNull OffsetDateTime updatedAt,

            @Schema(description = "Name of the token that saved it.") @NotBlank @Size(max = 200)
            String updatedBy) {}

    /** One revision: a change to an item and the whole document after it. */
    @Schema(name = "BackupRevision")
    public record RevisionEntry(
            @Schema(description = "Item type.", examples = "cluster")
            @NotNull
            @Pattern(regexp = TYPES, message = TYPES_MESSAGE)
            String type,

            @Schema(description = "The item's slug or id.", examples = "aerospace")
            @NotBlank
            @Size(max = 80)
            @Pattern(regexp = KEY, message = KEY_MESSAGE)
            String key,

            @Schema(description = "1, 2, 3… per item.", examples = "2") @NotNull @Min(1)
            Integer number,

            @Schema(description = "What the revision did.", examples = "published")
            @NotNull
            @Pattern(
                    regexp = "seeded|created|updated|published|unpublished|deleted|restored",
                    message = "must be one of seeded, created, updated, published, unpublished, deleted," + " restored")
            String action,

            @Schema(description = "The item's state after it.", examples = "published")
            @NotNull
            @Pattern(regexp = "draft|published|deleted", message = "must be one of draft, published, deleted")
            String state,

            @Schema(description = "Name of the token that made it, or content-files.") @NotBlank @Size(max = 200)
            String author,

            @NotNull OffsetDateTime createdAt,

            @Schema(description = "The top-level members it changed.") @NotNull
            List<@NotBlank String> changed,

            @Schema(description = "The whole document after the change.") @NotNull
            JsonNode document) {}
}
