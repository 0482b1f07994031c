package uk.org.wmca.planforgrowth.editorial;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
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
import uk.org.wmca.planforgrowth.content.InvalidContentException;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.content.ItemType.Reference;
import uk.org.wmca.planforgrowth.database.DatabaseFailures;

/**
 * The write side of the content: drafts, publishing, deletion and revisions. The content tables hold only
 * published items, so public reads can never see a draft; an item's draft lives in {@link Draft} until it is
 * published. Every change is a {@link Revision}, claimed by number before anything else is written, so that two
 * writes based on the same revision cannot both succeed.
 */
@ApplicationScoped
public class EditorialService {

    /** The author of the revisions that record the seeded content. */
    public static final String SEED_AUTHOR = "content-files";

    /** The author of a first revision recorded for content that was there before its history was kept. */
    public static final String EARLIER_AUTHOR = "earlier-content";

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

    EditorialService(
            EntityManager entityManager,
            ContentWriter writer,
            ContentExporter exporter,
            ContentVersion version,
            Documents documents,
            TransactionSynchronizationRegistry transactions,
            ChangeFeed feed) {
        this.transactions = transactions;
        this.feed = feed;
        this.entityManager = entityManager;
        this.writer = writer;
        this.exporter = exporter;
        this.version = version;
        this.documents = documents;
    }

    /** Where an item stands now. */
    private record State(ItemType type, String key, Object published, Draft draft, Revision latest) {
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

    @Transactional
    public EditorialItem get(ItemType type, String key) {
        return item(existing(type, key));
    }

    /** Every item with a draft (new, unpublished, or published with pending edits), in dependency order. */
    @Transactional
    public List<EditorialItem> pending() {
        return drafts().stream()
                .map(d -> {
                    ItemType type = ItemType.fromWireName(d.itemType).orElseThrow();
                    return item(state(type, d.itemKey));
                })
                .toList();
    }

    /** The ETag of an item's latest revision, also for a deleted item; 404 when the item never existed. */
    @Transactional
    public String revisionsEtag(ItemType type, String key) {
        Revision latest = latestRevision(type, key);
        if (latest == null && !state(type, key).exists()) {
            throw notFound(type, key);
        }
        return EditorialItem.etagOf(latest == null ? 0 : latest.number);
    }

    @Transactional
    public EditorialItem create(ItemType type, byte[] body, String author) {
        Object document = documents.parse(type, body);
        String key = type.keyOf(document);
        validate(type, document);
        State state = state(type, key);
        if (state.exists()) {
            throw EditorialException.conflict("A " + type.wireName() + " with the " + keyName(type) + " '" + key
                    + "' already exists" + (state.published == null ? " as a draft" : "") + ".");
        }
        checkUnique(type, document, true);
        try {
            record(state, RevisionAction.CREATED, ItemState.DRAFT, author, document, null);
        } catch (EditorialException e) {
            throw EditorialException.conflict("A " + type.wireName() + " with the " + keyName(type) + " '" + key
                    + "' was created by another request at the same time.");
        }
        saveDraft(state, document, author);
        return item(state(type, key));
    }

    @Transactional
    public EditorialItem replace(ItemType type, String key, byte[] body, String ifMatch, String author) {
        State state = existing(type, key);
        requireMatch(ifMatch, state);
        return edit(state, documents.parse(type, body), author);
    }

    @Transactional
    public EditorialItem patch(ItemType type, String key, byte[] body, String ifMatch, String author) {
        State state = existing(type, key);
        requireMatch(ifMatch, state);
        return edit(state, documents.mergePatch(type, document(state), body), author);
    }

    @Transactional
    public EditorialItem publish(ItemType type, String key, String ifMatch, String author) {
        State state = existing(type, key);
        requireMatch(ifMatch, state);
        if (state.draft == null) {
            throw EditorialException.conflict(
                    "Nothing to publish: this " + type.wireName() + " is published and has no unpublished changes.");
        }
        Object document = documents.read(type, state.draft.document);
        validate(type, document);
        List<Problem.FieldError> unpublished = new ArrayList<>();
        for (Reference ref : type.references(document)) {
            if (writer.find(ref.target(), ref.key()).isEmpty()) {
                unpublished.add(EditorialException.body(
                        ref.field(),
                        "The " + ref.target().wireName() + " '" + ref.key() + "' is not published; publish it first."));
            }
        }
        if (!unpublished.isEmpty()) {
            throw EditorialException.invalid(unpublished);
        }
        checkUnique(type, document, false);
        record(state, RevisionAction.PUBLISHED, ItemState.PUBLISHED, author, document, state.published);
        try {
            writer.apply(type, document);
        } catch (InvalidContentException e) {
            throw EditorialException.invalid("document", e.getMessage());
        } catch (PersistenceException e) {
            throw raced(type, key, e);
        }
        entityManager.remove(state.draft);
        feed.record(
                version.bump(touched(type, key, state.published, document)),
                type,
                key,
                state.published == null ? ChangeAction.PUBLISHED : ChangeAction.UPDATED);
        return item(state(type, key));
    }

    @Transactional
    public EditorialItem unpublish(ItemType type, String key, String ifMatch, String author) {
        State state = existing(type, key);
        requireMatch(ifMatch, state);
        if (state.published == null) {
            throw EditorialException.conflict("This " + type.wireName() + " is not published.");
        }
        refuseIfReferred(type, key, "unpublish");
        Object document = document(state);
        record(state, RevisionAction.UNPUBLISHED, ItemState.DRAFT, author, document, document);
        try {
            writer.remove(type, key);
        } catch (PersistenceException e) {
            throw raced(type, key, e);
        }
        if (state.draft == null) {
            Draft draft = new Draft();
            draft.itemType = type.wireName();
            draft.itemKey = key;
            draft.setDocument(document, documents.json(document));
            draft.updatedAt = OffsetDateTime.now();
            draft.updatedBy = author;
            writeDraft(type, document, draft);
        }
        feed.record(version.bump(touched(type, key, state.published, null)), type, key, ChangeAction.UNPUBLISHED);
        return item(state(type, key));
    }

    @Transactional
    public void delete(ItemType type, String key, String ifMatch, String author) {
        State state = existing(type, key);
        requireMatch(ifMatch, state);
        if (state.published != null) {
            refuseIfReferred(type, key, "delete");
        }
        List<String> drafts = draftReferrers(type, key);
        if (!drafts.isEmpty()) {
            throw EditorialException.conflict("Cannot delete the " + type.wireName() + " '" + key
                    + "': drafts refer to it: " + String.join(", ", drafts) + ". Change those drafts first.");
        }
        Object document = document(state);
        record(state, RevisionAction.DELETED, ItemState.DELETED, author, document, document);
        if (state.draft != null) {
            entityManager.remove(state.draft);
        }
        if (state.published != null) {
            try {
                writer.remove(type, key);
            } catch (PersistenceException e) {
                throw raced(type, key, e);
            }
            feed.record(version.bump(touched(type, key, state.published, null)), type, key, ChangeAction.DELETED);
        }
    }

    @Transactional
    public EditorialItem restore(ItemType type, String key, int number, String ifMatch, String author) {
        Revision revision = revision(type, key, number);
        State state = state(type, key);
        requireMatch(ifMatch, state);
        Object document = documents.read(type, revision.document);
        List<Problem.FieldError> errors = new ArrayList<>(documents.violations(document));
        errors.addAll(DocumentRules.check(type, document));
        if (!errors.isEmpty()) {
            throw EditorialException.invalid(errors); // the rules have changed since that revision
        }
        checkUnique(type, document, true);
        record(
                state,
                RevisionAction.RESTORED,
                state.itemState(),
                author,
                document,
                state.exists() ? document(state) : null);
        saveDraft(state, document, author);
        return item(state(type, key));
    }

    @Transactional
    public List<Revision> revisions(ItemType type, String key) {
        List<Revision> found = entityManager
                .createQuery(
                        "from Revision r where r.itemType = :type and r.itemKey = :key order by r.number desc",
                        Revision.class)
                .setParameter("type", type.wireName())
                .setParameter("key", key)
                .getResultList();
        if (found.isEmpty() && !state(type, key).exists()) {
            throw notFound(type, key);
        }
        return found;
    }

    @Transactional
    public Revision revision(ItemType type, String key, int number) {
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

    /** A stored revision's document as its record. */
    public Object documentOf(Revision revision) {
        return documents.read(ItemType.fromWireName(revision.itemType).orElseThrow(), revision.document);
    }

    /**
     * Records revision 1 ("seeded") for every published item without a history; called in the seeding transaction,
     * when that is the seeded content. Several instances seeding at once: only one seeding commits.
     */
    @Transactional
    public int recordMissingHistory() {
        int recorded = 0;
        for (ItemType type : ItemType.values()) {
            Set<String> known = new HashSet<>(entityManager
                    .createQuery("select distinct r.itemKey from Revision r where r.itemType = :type", String.class)
                    .setParameter("type", type.wireName())
                    .getResultList());
            for (String key : writer.publishedKeys(type)) {
                if (!known.contains(key)) {
                    entityManager.persist(
                            baseline(type, key, exporter.document(type, key).orElseThrow(), SEED_AUTHOR));
                    recorded++;
                }
            }
        }
        return recorded;
    }

    private Revision baseline(ItemType type, String key, Object published, String author) {
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

    /** Every draft, in dependency order, for previews. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Draft> drafts() {
        List<Draft> drafts = new ArrayList<>(entityManager
                .createQuery("from Draft d order by d.itemKey", Draft.class)
                .getResultList());
        drafts.sort((a, b) -> Integer.compare(
                ItemType.fromWireName(a.itemType).orElseThrow().ordinal(),
                ItemType.fromWireName(b.itemType).orElseThrow().ordinal()));
        return drafts;
    }

    private EditorialItem edit(State state, Object document, String author) {
        ItemType type = state.type;
        String key = type.keyOf(document);
        if (!state.key.equals(key)) {
            throw EditorialException.invalid(
                    keyName(type),
                    "The " + keyName(type) + " cannot change (it is part of every link to this item). Create a new "
                            + type.wireName() + " and delete this one instead.");
        }
        validate(type, document);
        checkUnique(type, document, true);
        Object before = document(state);
        if (documents.changedMembers(before, document).isEmpty()) {
            return item(state); // nothing changed: no revision
        }
        record(state, RevisionAction.UPDATED, state.itemState(), author, document, before);
        saveDraft(state, document, author);
        return item(state(type, state.key));
    }

    /**
     * Claims the next revision number first and flushes it: a concurrent write that read the same revision loses
     * the race on the unique (item, number) key here and answers 412, before it has changed anything.
     */
    private void record(
            State state, RevisionAction action, ItemState after, String author, Object document, Object before) {
        int number = state.revision() + 1;
        if (state.latest == null && state.published != null) {
            // Content without a history yet (loaded before revisions were kept): its published state becomes
            // revision 1, so that this change is never the oldest thing anyone can restore.
            entityManager.persist(baseline(state.type, state.key, state.published, EARLIER_AUTHOR));
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

    private void saveDraft(State state, Object document, String author) {
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
    private void writeDraft(ItemType type, Object document, Draft draft) {
        try {
            if (draft.id == null) {
                entityManager.persist(draft); // an identity key: inserted here, not at the flush
            }
            entityManager.flush();
        } catch (PersistenceException e) {
            if (mentions(e, "draft_secondary_key_unique")) {
                Log.debugf(e, "A draft %s lost a race for its code", type);
                String member = type == ItemType.PLACE ? "gssCode" : "code";
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

    private void requireMatch(String ifMatch, State state) {
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

    private void validate(ItemType type, Object document) {
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

    /** Keys other than the slug that must be unique: a place's GSS code and an intervention's code. */
    /**
     * Keys other than the slug that must be unique: a place's GSS code and an intervention's code, among published
     * items and, with {@code drafts}, among drafts too.
     */
    private void checkUnique(ItemType type, Object document, boolean drafts) {
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

    private void refuseIfReferred(ItemType type, String key, String what) {
        List<String> referrers = writer.referrers(type, key);
        if (!referrers.isEmpty()) {
            throw EditorialException.conflict("Cannot " + what + " the " + type.wireName() + " '" + key
                    + "': published items refer to it: " + String.join(", ", referrers)
                    + ". Remove those references and publish them first.");
        }
    }

    /** The drafts whose documents refer to an item, as "draft cluster 'x' (places[0])". */
    private List<String> draftReferrers(ItemType type, String key) {
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
    private static EditorialException raced(ItemType type, String key, PersistenceException e) {
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

    private State existing(ItemType type, String key) {
        State state = state(type, key);
        if (!state.exists()) {
            throw notFound(type, key);
        }
        return state;
    }

    private State state(ItemType type, String key) {
        return new State(
                type, key, exporter.document(type, key).orElse(null), findDraft(type, key), latestRevision(type, key));
    }

    private Object document(State state) {
        return state.draft != null ? documents.read(state.type, state.draft.document) : state.published;
    }

    private EditorialItem item(State state) {
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

    private Draft findDraft(ItemType type, String key) {
        return entityManager
                .createQuery("from Draft d where d.itemType = :type and d.itemKey = :key", Draft.class)
                .setParameter("type", type.wireName())
                .setParameter("key", key)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Revision latestRevision(ItemType type, String key) {
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

    private static ResourceNotFoundException notFound(ItemType type, String key) {
        return new ResourceNotFoundException(type.wireName(), keyName(type), key);
    }

    static String keyName(ItemType type) {
        return type == ItemType.SOURCE || type == ItemType.FACT ? "id" : "slug";
    }
}
