package uk.org.wmca.planforgrowth.editorial;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.org.wmca.planforgrowth.changes.ChangeAction;
import uk.org.wmca.planforgrowth.changes.ChangeFeed;
import uk.org.wmca.planforgrowth.common.Problem;
import uk.org.wmca.planforgrowth.common.ResourceNotFoundException;
import uk.org.wmca.planforgrowth.content.ContentDocument.InterventionRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.PlaceRecord;
import uk.org.wmca.planforgrowth.content.ContentExporter;
import uk.org.wmca.planforgrowth.content.ContentVersion;
import uk.org.wmca.planforgrowth.content.ContentWriter;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.content.ItemType.Reference;
import uk.org.wmca.planforgrowth.database.DatabaseFailures;

/**
 * What every editorial command shares: where an item stands ({@link State}), the checks a write must pass, and the
 * revision and draft it leaves. Every change is a {@link Revision}, claimed by number before anything else is written,
 * so that two writes based on the same revision cannot both succeed. It runs in the command's transaction.
 */
@ApplicationScoped
class EditorialStore {

    private static final String STALE =
            "The item has changed since that ETag was issued: someone else saved it first. Fetch it again "
                    + "(GET …/draft for the current ETag), reapply your change and send the new ETag.";

    /** The largest document kept (as JSON); a bigger one is refused with 422 before it reaches the database. */
    static final int MAX_DOCUMENT_CHARS = 100_000;

    private final EntityManager entityManager;
    private final ContentWriter writer;
    private final ContentExporter exporter;
    private final ContentVersion version;
    private final Documents documents;
    private final ChangeFeed feed;
    private final TransactionSynchronizationRegistry transactions;

    EditorialStore(
            EntityManager entityManager,
            ContentWriter writer,
            ContentExporter exporter,
            ContentVersion version,
            Documents documents,
            TransactionSynchronizationRegistry transactions,
            ChangeFeed feed) {
        this.entityManager = entityManager;
        this.writer = writer;
        this.exporter = exporter;
        this.version = version;
        this.documents = documents;
        this.transactions = transactions;
        this.feed = feed;
    }

    /** Where an item stands now. */
    record State(ItemType type, String key, Object published, Draft draft, Revision latest) {
        boolean exists() {
            return published != null || draft != null;
        }

        int revision() {
            return latest == null ? 0 : latest.number;
        }

        ItemState itemState() {
            return published != null ? ItemState.PUBLISHED : ItemState.DRAFT;
        }
    }

    Revision baseline(ItemType type, String key, Object published, String author) {
        Revision revision = new Revision();
        revision.itemType = type.wireName();
        revision.itemKey = key;
        revision.number = 1;
        revision.action = RevisionAction.SEEDED;
        revision.state = ItemState.PUBLISHED;
        revision.author = author;
        revision.createdAt = OffsetDateTime.now();
        revision.changed = "";
        revision.document = documents.json(published);
        return revision;
    }

    /**
     * Claims the next revision number first and flushes it: a concurrent write that read the same revision loses
     * the race on the unique (item, number) key here and answers 412, before it has changed anything.
     */
    void record(State state, RevisionAction action, ItemState after, String author, Object document, Object before) {
        int number = state.revision() + 1;
        if (state.latest == null && state.published != null) {
            // Content without a history yet (loaded before revisions were kept): its published state becomes
            // revision 1, so that this change is never the oldest thing anyone can restore.
            entityManager.persist(baseline(state.type, state.key, state.published, EditorialService.EARLIER_AUTHOR));
            number++;
        }
        Revision revision = new Revision();
        revision.itemType = state.type.wireName();
        revision.itemKey = state.key;
        revision.number = number;
        revision.action = action;
        revision.state = after;
        revision.author = author;
        revision.createdAt = OffsetDateTime.now();
        revision.changed = String.join(",", documents.changedMembers(before, document));
        revision.document = documents.json(document);
        try {
            entityManager.persist(revision);
            entityManager.flush();
        } catch (PersistenceException e) {
            if (!mentions(e, "revision_item_number")) {
                throw e;
            }
            Log.debugf("Revision %d of %s %s was taken by a concurrent write", revision.number, state.type, state.key);
            throw EditorialException.preconditionFailed(STALE);
        }
        auditOnCommit(revision);
    }

    /** One log line per committed change (who, what, which revision), carrying the request id like every log. */
    private void auditOnCommit(Revision revision) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    Log.infof(
                            "%s %s: %s, revision %d, by %s",
                            revision.itemType,
                            revision.itemKey,
                            revision.action.wireName(),
                            revision.number,
                            revision.author);
                }
            }
        });
    }

    void saveDraft(State state, Object document, String author) {
        Draft draft = state.draft;
        if (state.published != null && documents.json(state.published).equals(documents.json(document))) {
            if (draft != null) {
                entityManager.remove(draft); // back to what is published: nothing pending
            }
            return;
        }
        if (draft == null) {
            draft = new Draft();
            draft.itemType = state.type.wireName();
            draft.itemKey = state.key;
        }
        draft.setDocument(document, documents.json(document));
        draft.updatedAt = OffsetDateTime.now();
        draft.updatedBy = author;
        writeDraft(state.type, document, draft);
    }

    /**
     * Writes a draft now, so that the database's unique keys on drafts (item, and GSS code or intervention code)
     * decide between concurrent writes: the checks before read only what is committed, and two requests creating
     * drafts with the same code at once both pass them. The one that loses at the database gets 409.
     */
    void writeDraft(ItemType type, Object document, Draft draft) {
        try {
            if (draft.id == null) {
                entityManager.persist(draft); // an identity key: inserted here, not at the flush
            }
            entityManager.flush();
        } catch (PersistenceException e) {
            if (mentions(e, "draft_secondary_key_unique")) {
                Log.debugf(e, "A draft %s lost a race for its code", type);
                String member = type.descriptor().uniqueMembers().get(0);
                throw EditorialException.conflict("The " + member + " '" + Draft.secondaryKeyOf(document)
                        + "' was taken by another " + type.wireName() + " saved at the same time.");
            }
            if (mentions(e, "draft_item_unique")) {
                Log.debugf(e, "A draft %s %s lost a race for its key", type, type.keyOf(document));
                throw EditorialException.conflict("A " + type.wireName() + " with the " + keyName(type) + " '"
                        + type.keyOf(document) + "' was created by another request at the same time.");
            }
            throw e;
        }
    }

    void requireMatch(String ifMatch, State state) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw EditorialException.preconditionRequired(
                    "This write needs an If-Match header with the item's current ETag, so that it cannot overwrite "
                            + "someone else's change. GET the item's working copy (…/draft) for its current ETag; every write answers with the new one.");
        }
        String current = EditorialItem.etagOf(state.revision());
        boolean wildcard = false;
        for (String tag : ifMatch.split(",")) {
            String trimmed = tag.trim();
            if (trimmed.equals(current)) {
                return;
            }
            wildcard |= trimmed.equals("*");
        }
        if (wildcard) {
            throw EditorialException.preconditionRequired(
                    "If-Match: * does not protect against lost updates; send the item's current ETag.");
        }
        throw EditorialException.preconditionFailed(STALE);
    }

    void validate(ItemType type, Object document) {
        List<Problem.FieldError> errors = new ArrayList<>(documents.violations(document));
        int size = documents.json(document).length();
        if (size > MAX_DOCUMENT_CHARS) {
            errors.add(EditorialException.body(
                    "document", "The document would be " + size + " characters; at most " + MAX_DOCUMENT_CHARS + "."));
        }
        errors.addAll(DocumentRules.check(type, document));
        Set<String> seen = new HashSet<>();
        for (Reference ref : type.references(document)) {
            String list = ref.field().replaceAll("\\[\\d+]$", "");
            if (!seen.add(list + "\n" + ref.key())) {
                errors.add(EditorialException.body(ref.field(), "'" + ref.key() + "' is listed twice."));
            } else if (writer.find(ref.target(), ref.key()).isEmpty() && findDraft(ref.target(), ref.key()) == null) {
                errors.add(EditorialException.body(
                        ref.field(), "There is no " + ref.target().wireName() + " '" + ref.key() + "'."));
            }
        }
        if (!errors.isEmpty()) {
            throw EditorialException.invalid(errors);
        }
    }

    /**
     * Keys other than the slug that must be unique: a place's GSS code and an intervention's code, among published
     * items and, with {@code drafts}, among drafts too.
     */
    void checkUnique(ItemType type, Object document, boolean drafts) {
        String key = type.keyOf(document);
        if (document instanceof PlaceRecord place && place.gssCode() != null) {
            refuseTaken(
                    type, key, "gssCode", place.gssCode(), "select p.slug from Place p where p.gssCode = :v", drafts);
        }
        if (document instanceof InterventionRecord intervention && intervention.code() != null) {
            refuseTaken(
                    type,
                    key,
                    "code",
                    intervention.code(),
                    "select i.slug from Intervention i where i.code = :v",
                    drafts);
        }
    }

    private void refuseTaken(
            ItemType type, String key, String member, String value, String query, boolean includeDrafts) {
        List<String> owners = new ArrayList<>(entityManager
                .createQuery(query, String.class)
                .setParameter("v", value)
                .getResultList());
        List<Draft> drafts = includeDrafts
                ? entityManager
                        .createQuery("from Draft d where d.itemType = :type", Draft.class)
                        .setParameter("type", type.wireName())
                        .getResultList()
                : List.of();
        for (Draft draft : drafts) {
            Object other = documents.read(type, draft.document);
            Object otherValue = other instanceof PlaceRecord p
                    ? p.gssCode()
                    : other instanceof InterventionRecord i ? i.code() : null;
            if (value.equals(otherValue)) {
                owners.add(draft.itemKey);
            }
        }
        owners.removeIf(key::equals);
        if (!owners.isEmpty()) {
            throw EditorialException.conflict("The " + member + " '" + value + "' already belongs to the "
                    + type.wireName() + " '" + owners.get(0) + "'.");
        }
    }

    void refuseIfReferred(ItemType type, String key, String what) {
        List<String> referrers = writer.referrers(type, key);
        if (!referrers.isEmpty()) {
            throw EditorialException.conflict("Cannot " + what + " the " + type.wireName() + " '" + key
                    + "': published items refer to it: " + String.join(", ", referrers)
                    + ". Remove those references and publish them first.");
        }
    }

    /** The drafts whose documents refer to an item, as "draft cluster 'x' (places[0])". */
    List<String> draftReferrers(ItemType type, String key) {
        List<String> found = new ArrayList<>();
        for (Draft draft :
                entityManager.createQuery("from Draft d", Draft.class).getResultList()) {
            ItemType draftType = ItemType.fromWireName(draft.itemType).orElseThrow();
            for (Reference ref : draftType.references(documents.read(draftType, draft.document))) {
                if (ref.target() == type && ref.key().equals(key)) {
                    found.add("draft " + draftType.wireName() + " '" + draft.itemKey + "' (" + ref.field() + ")");
                }
            }
        }
        return found;
    }

    /** A write that a concurrent one made impossible at the database (an item it refers to went, or came). */
    static EditorialException raced(ItemType type, String key, PersistenceException e) {
        if (DatabaseFailures.isUnavailable(e)) {
            throw e; // not a race: the database went away (503)
        }
        Log.debugf(e, "Write to %s %s lost a race at the database", type, key);
        return EditorialException.conflict("Another change to the items this " + type.wireName()
                + " refers to, or that refer to it, was made at the same time. Fetch them again and retry.");
    }

    private static boolean mentions(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null
                    && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** The API paths a change of published content shows up on: the item and every item it links to. */
    private static Set<String> touched(ItemType type, String key, Object before, Object after) {
        Set<String> paths = new LinkedHashSet<>();
        paths.add(type.itemPath(key));
        for (Object document : new Object[] {before, after}) {
            if (document != null) {
                for (Reference ref : type.references(document)) {
                    paths.add(ref.target().itemPath(ref.key()));
                }
            }
        }
        if (type != ItemType.SOURCE && type != ItemType.FACT && type != ItemType.PLACE) {
            // the plan links to every theme, cluster and intervention
            paths.add(ItemType.PLAN.itemPath(ItemType.PLAN_KEY));
        }
        return paths;
    }

    State existing(ItemType type, String key) {
        State state = state(type, key);
        if (!state.exists()) {
            throw notFound(type, key);
        }
        return state;
    }

    State state(ItemType type, String key) {
        return new State(
                type, key, exporter.document(type, key).orElse(null), findDraft(type, key), latestRevision(type, key));
    }

    Object document(State state) {
        return state.draft != null ? documents.read(state.type, state.draft.document) : state.published;
    }

    EditorialItem item(State state) {
        Revision latest = state.latest;
        return new EditorialItem(
                state.type.wireName(),
                state.key,
                state.itemState(),
                state.published != null && state.draft != null,
                state.revision(),
                latest == null ? null : latest.createdAt,
                latest == null ? null : latest.author,
                document(state),
                EditorialItem.links(state.type, state.key));
    }

    Draft findDraft(ItemType type, String key) {
        return entityManager
                .createQuery("from Draft d where d.itemType = :type and d.itemKey = :key", Draft.class)
                .setParameter("type", type.wireName())
                .setParameter("key", key)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    Revision latestRevision(ItemType type, String key) {
        return entityManager
                .createQuery(
                        "from Revision r where r.itemType = :type and r.itemKey = :key order by r.number desc",
                        Revision.class)
                .setParameter("type", type.wireName())
                .setParameter("key", key)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    static ResourceNotFoundException notFound(ItemType type, String key) {
        return new ResourceNotFoundException(type.wireName(), keyName(type), key);
    }

    static String keyName(ItemType type) {
        return type == ItemType.SOURCE || type == ItemType.FACT ? "id" : "slug";
    }

    Revision revision(ItemType type, String key, int number) {
        return entityManager
                .createQuery(
                        "from Revision r where r.itemType = :type and r.itemKey = :key and r.number = :number",
                        Revision.class)
                .setParameter("type", type.wireName())
                .setParameter("key", key)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(
                        "The " + type.wireName() + " '" + key + "' has no revision " + number + "."));
    }

    /** Counts a change of published content (a new content version) and puts it in the change feed. */
    void announce(ItemType type, String key, Object before, Object after, ChangeAction action) {
        feed.record(version.bump(touched(type, key, before, after)), type, key, action);
    }
}
