package uk.org.wmca.planforgrowth.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.org.wmca.planforgrowth.backup.Backup.DraftEntry;
import uk.org.wmca.planforgrowth.backup.Backup.RevisionEntry;
import uk.org.wmca.planforgrowth.changes.ChangeFeed;
import uk.org.wmca.planforgrowth.common.Problem;
import uk.org.wmca.planforgrowth.common.StrictJson;
import uk.org.wmca.planforgrowth.content.ContentChanged;
import uk.org.wmca.planforgrowth.content.ContentDocument;
import uk.org.wmca.planforgrowth.content.ContentExporter;
import uk.org.wmca.planforgrowth.content.ContentImporter;
import uk.org.wmca.planforgrowth.content.ContentVersion;
import uk.org.wmca.planforgrowth.content.InvalidContentException;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.editorial.Documents;
import uk.org.wmca.planforgrowth.editorial.Draft;
import uk.org.wmca.planforgrowth.editorial.EditorialException;
import uk.org.wmca.planforgrowth.editorial.ItemState;
import uk.org.wmca.planforgrowth.editorial.Revision;
import uk.org.wmca.planforgrowth.editorial.RevisionAction;
import uk.org.wmca.planforgrowth.query.SearchBackfill;

/**
 * Exports the whole content of the database as one {@link Backup} and imports one into an empty database. The
 * import is one transaction: it lands whole or not at all, and every instance drops what it had rendered.
 */
@ApplicationScoped
public class BackupService {

    private final EntityManager entityManager;
    private final ContentExporter exporter;
    private final ContentImporter importer;
    private final ContentVersion version;
    private final Documents documents;
    private final SearchBackfill searchBackfill;
    private final ObjectMapper strict;
    private final ChangeFeed feed;

    BackupService(
            EntityManager entityManager,
            ContentExporter exporter,
            ContentImporter importer,
            ContentVersion version,
            Documents documents,
            SearchBackfill searchBackfill,
            ChangeFeed feed,
            ObjectMapper mapper) {
        this.feed = feed;
        this.entityManager = entityManager;
        this.exporter = exporter;
        this.importer = importer;
        this.version = version;
        this.documents = documents;
        this.searchBackfill = searchBackfill;
        // Strict on purpose, as for every write: a misspelt member is refused, numbers keep their digits.
        // A member given twice and a scalar of the wrong JSON type ("14" for a number) are refused too.
        this.strict = StrictJson.refuseCoercion(mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
    }

    /** What an import wrote. */
    public record Imported(Map<String, Integer> published, int drafts, int revisions, long contentVersion) {}

    /** The whole content, read in one transaction so that it is one consistent state. */
    @Transactional
    public Backup export(boolean withRevisions) {
        long current = ((Number) entityManager
                        .createNativeQuery("select version from content_version where id = 1")
                        .getSingleResult())
                .longValue();
        List<DraftEntry> drafts =
                entityManager.createQuery("from Draft order by id", Draft.class).getResultList().stream()
                        .map(d -> new DraftEntry(d.itemType, d.itemKey, tree(d.document), d.updatedAt, d.updatedBy))
                        .toList();
        List<RevisionEntry> revisions = !withRevisions
                ? List.of()
                : entityManager.createQuery("from Revision order by id", Revision.class).getResultList().stream()
                        .map(r -> new RevisionEntry(
                                r.itemType,
                                r.itemKey,
                                r.number,
                                r.action.wireName(),
                                r.state.wireName(),
                                r.author,
                                r.createdAt,
                                r.changed.isEmpty() ? List.of() : Arrays.asList(r.changed.split(",")),
                                tree(r.document)))
                        .toList();
        return new Backup(
                Backup.FORMAT,
                Backup.FORMAT_VERSION,
                OffsetDateTime.now(),
                current,
                exporter.exportAll(),
                drafts,
                revisions);
    }

    /** Reads a request body as a backup, refusing anything malformed (400) or invalid (422) before it writes. */
    public Backup parse(byte[] body, int limit) {
        String text = documents.text(body, limit);
        JsonNode tree;
        try {
            tree = strict.readTree(text);
        } catch (JsonProcessingException e) {
            throw EditorialException.malformed(
                    "The request body is not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
        if (!(tree instanceof ObjectNode)) {
            throw EditorialException.malformed(
                    "The body must be one JSON object: a backup made by GET /api/v1/admin/export.");
        }
        Backup backup;
        try {
            backup = strict.treeToValue(tree, Backup.class);
        } catch (UnrecognizedPropertyException e) {
            throw EditorialException.invalid(path(e), "'" + e.getPropertyName() + "' is not a member here.");
        } catch (MismatchedInputException e) {
            throw EditorialException.invalid(
                    path(e), path(e) + " must be " + StrictJson.jsonType(e.getTargetType()) + ".");
        } catch (JsonMappingException e) {
            throw EditorialException.invalid(path(e), path(e) + " has a value that does not fit.");
        } catch (JsonProcessingException e) {
            throw EditorialException.malformed("The request body is not valid JSON.");
        }
        List<Problem.FieldError> errors = new ArrayList<>(documents.violations(backup));
        if (backup.published() != null) {
            checkPublished(backup.published(), errors);
            checkUnique(backup.published(), errors);
        }
        if (backup.drafts() != null && backup.revisions() != null) {
            checkEntries(backup, errors); // every problem at once, also beside those of the published part
        }
        if (!errors.isEmpty()) {
            throw EditorialException.invalid(errors);
        }
        return backup;
    }

    /**
     * Writes a backup into an empty database: published items through the same writer as the seed, then drafts and
     * revisions as they were. 409 when the database holds any content, draft or revision.
     */
    @Transactional
    public Imported importBackup(Backup backup) {
        // Bumping first takes the content version's row lock: two imports at once run one after the other.
        long at = version.bump(List.of(ContentChanged.EVERYTHING));
        if (!importer.isEmpty() || count("Draft") > 0 || count("Revision") > 0) {
            throw EditorialException.conflict("The database already holds content. An import needs an empty database:"
                    + " start a new database with pfg.content.seed=false (PFG_CONTENT_SEED=false) and import into it.");
        }
        try {
            importer.importInto(backup.published());
        } catch (InvalidContentException e) {
            throw EditorialException.invalid("published", e.getMessage());
        }
        for (DraftEntry entry : backup.drafts()) {
            Draft draft = new Draft();
            draft.itemType = entry.type();
            draft.itemKey = entry.key();
            draft.document = canonical(entry.type(), entry.document());
            draft.secondaryKey = secondaryKey(entry.type(), entry.document());
            draft.updatedAt = entry.updatedAt();
            draft.updatedBy = entry.updatedBy();
            entityManager.persist(draft);
        }
        for (RevisionEntry entry : backup.revisions()) {
            Revision revision = new Revision();
            revision.itemType = entry.type();
            revision.itemKey = entry.key();
            revision.number = entry.number();
            revision.action = RevisionAction.valueOf(entry.action().toUpperCase(java.util.Locale.ROOT));
            revision.state = ItemState.valueOf(entry.state().toUpperCase(java.util.Locale.ROOT));
            revision.author = entry.author();
            revision.createdAt = entry.createdAt();
            revision.changed = String.join(",", entry.changed());
            revision.document = canonical(entry.type(), entry.document());
            entityManager.persist(revision);
        }
        entityManager.flush();
        searchBackfill.fillMissing();
        feed.recordAllPublished(at); // partners replaying the change feed from its start get the imported content
        Map<String, Integer> published = new LinkedHashMap<>();
        for (ItemType type : ItemType.values()) {
            published.put(type.wireName(), backup.published().items(type).size());
        }
        long now = ((Number) entityManager
                        .createNativeQuery("select version from content_version where id = 1")
                        .getSingleResult())
                .longValue();
        Log.infof(
                "Imported a backup: %s published, %d drafts, %d revisions (content version %d)",
                published, backup.drafts().size(), backup.revisions().size(), now);
        return new Imported(
                published, backup.drafts().size(), backup.revisions().size(), now);
    }

    /** Every published item against the rules of its write format, each error naming where it is. */
    private void checkPublished(ContentDocument published, List<Problem.FieldError> errors) {
        for (ItemType type : ItemType.values()) {
            List<?> items = published.items(type);
            for (int i = 0; i < items.size(); i++) {
                String where = "published." + type.collection() + (type.isCollection() ? "[" + i + "]" : "");
                if (items.get(i) == null) {
                    errors.add(EditorialException.body(where, "must not be null"));
                    continue;
                }
                for (Problem.FieldError error : documents.violations(items.get(i))) {
                    errors.add(EditorialException.body(where + "." + error.name(), error.message()));
                }
            }
        }
    }

    /**
     * What the content tables hold once per item, as the write API checks it: slugs of each type, places' GSS codes,
     * interventions' codes (a duplicate would otherwise fail the import in the database).
     */
    private void checkUnique(ContentDocument published, List<Problem.FieldError> errors) {
        for (ItemType type : ItemType.values()) {
            if (!type.isCollection()) {
                continue;
            }
            String member = type.collection();
            Map<String, Set<String>> seen = new HashMap<>();
            List<?> items = published.items(type);
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                if (item == null) {
                    continue;
                }
                Map<String, Object> unique = new LinkedHashMap<>();
                unique.put("slug", type.keyOf(item));
                unique.putAll(type.untyped().uniqueValues(item));
                for (Map.Entry<String, Object> value : unique.entrySet()) {
                    if (value.getValue() != null
                            && !seen.computeIfAbsent(value.getKey(), k -> new HashSet<>())
                                    .add(String.valueOf(value.getValue()))) {
                        errors.add(EditorialException.body(
                                "published." + member + "[" + i + "]." + value.getKey(),
                                "'" + value.getValue() + "' is given to another " + type.wireName() + " too"));
                    }
                }
            }
        }
    }

    /** Types, documents and uniqueness of the drafts and revisions, each error naming where it is. */
    private void checkEntries(Backup backup, List<Problem.FieldError> errors) {
        Set<String> drafts = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < backup.drafts().size(); i++) {
            DraftEntry entry = backup.drafts().get(i);
            String where = "drafts[" + i + "]";
            if (entry == null || entry.type() == null || entry.key() == null) {
                continue; // named by the checks of the backup's form
            }
            if (entry.document() == null) {
                errors.add(EditorialException.body(where + ".document", "a draft needs a whole document"));
                continue;
            }
            if (!drafts.add(entry.type() + " " + entry.key())) {
                errors.add(EditorialException.body(where, "a second draft of " + entry.type() + " " + entry.key()));
            }
            if (entry.document().isNull()
                    || entry.document().isObject() && entry.document().isEmpty()) {
                errors.add(EditorialException.body(where + ".document", "a draft needs a whole document"));
                continue;
            }
            checkDocument(entry.type(), entry.key(), entry.document(), where + ".document", errors);
            String code = draftCode(entry);
            if (code != null && !codes.add(entry.type() + " " + code)) {
                errors.add(EditorialException.body(
                        where + ".document." + uniqueMember(entry.type()),
                        "'" + code + "' is given to another draft " + entry.type() + " too"));
            }
        }
        Set<String> revisions = new HashSet<>();
        for (int i = 0; i < backup.revisions().size(); i++) {
            RevisionEntry entry = backup.revisions().get(i);
            String where = "revisions[" + i + "]";
            if (entry == null || entry.type() == null || entry.key() == null || entry.document() == null) {
                continue; // named by the checks of the backup's form
            }
            if (!revisions.add(entry.type() + " " + entry.key() + " " + entry.number())) {
                errors.add(EditorialException.body(
                        where, "a second revision " + entry.number() + " of " + entry.type() + " " + entry.key()));
            }
            checkDocument(entry.type(), entry.key(), entry.document(), where + ".document", errors);
        }
    }

    private void checkDocument(
            String typeName, String key, JsonNode node, String where, List<Problem.FieldError> errors) {
        Optional<ItemType> type = ItemType.fromWireName(typeName);
        if (type.isEmpty()) {
            return; // the type's own pattern has already said so
        }
        if (node.isNull() || node.isObject() && node.isEmpty()) {
            return; // a deleted item's revision records no document
        }
        try {
            Object document = strict.treeToValue(node, type.get().recordType());
            for (Problem.FieldError error : documents.violations(document)) {
                errors.add(EditorialException.body(where + "." + error.name(), error.message()));
            }
            if (!type.get().keyOf(document).equals(key)) {
                errors.add(EditorialException.body(where, "names " + type.get().keyOf(document) + ", not " + key));
            }
        } catch (MismatchedInputException e) {
            String member = path(e);
            errors.add(EditorialException.body(
                    member.isEmpty() ? where : where + "." + member,
                    "must be " + StrictJson.jsonType(e.getTargetType())));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            errors.add(EditorialException.body(where, "is not a " + typeName + " document"));
        }
    }

    private String canonical(String typeName, JsonNode node) {
        ItemType type = ItemType.fromWireName(typeName).orElseThrow();
        if (node.isNull() || node.isObject() && node.isEmpty()) {
            return node.toString();
        }
        try {
            return documents.json(strict.treeToValue(node, type.recordType()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("checked before", e);
        }
    }

    /** A draft's GSS code or intervention code, or null when it has none or its document is not valid. */
    private String draftCode(DraftEntry entry) {
        if (ItemType.fromWireName(entry.type()).isEmpty()) {
            return null;
        }
        try {
            return secondaryKey(entry.type(), entry.document());
        } catch (IllegalStateException | IllegalArgumentException e) {
            return null; // reported by checkDocument
        }
    }

    /** The member a draft's secondary key is taken from: a place's GSS code, an intervention's code. */
    private static String uniqueMember(String typeName) {
        return ItemType.fromWireName(typeName)
                .orElseThrow()
                .descriptor()
                .uniqueMembers()
                .get(0);
    }

    /** A draft's GSS code or intervention code, kept beside it for the database's unique key on drafts. */
    private String secondaryKey(String typeName, JsonNode node) {
        ItemType type = ItemType.fromWireName(typeName).orElseThrow();
        if (node.isNull() || node.isObject() && node.isEmpty()) {
            return null;
        }
        try {
            return Draft.secondaryKeyOf(strict.treeToValue(node, type.recordType()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("checked before", e);
        }
    }

    private JsonNode tree(String json) {
        try {
            return strict.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored document does not read back", e);
        }
    }

    private long count(String entity) {
        return entityManager
                .createQuery("select count(e) from " + entity + " e", Long.class)
                .getSingleResult();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
