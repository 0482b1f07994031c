package uk.org.wmca.planforgrowth.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.org.wmca.planforgrowth.content.ContentExporter;
import uk.org.wmca.planforgrowth.content.ContentWriter;
import uk.org.wmca.planforgrowth.content.ItemType;

/**
 * What editors read: working copies, drafts and revisions. The content tables hold only published items, so public
 * reads can never see a draft; an item's draft lives in {@link Draft} until it is published. The writes are one
 * command per verb ({@link CreateCommand}, {@link EditCommand}, {@link PublishCommand}, {@link UnpublishCommand},
 * {@link DeleteCommand}, {@link RestoreCommand}).
 */
@ApplicationScoped
public class EditorialService {

    /** The author of the revisions that record the seeded content. */
    public static final String SEED_AUTHOR = "content-files";

    /** The author of a first revision recorded for content that was there before its history was kept. */
    public static final String EARLIER_AUTHOR = "earlier-content";

    private final EntityManager entityManager;
    private final ContentWriter writer;
    private final ContentExporter exporter;
    private final Documents documents;
    private final EditorialStore store;
    private final EditCommand edit;
    private final PublishCommand publish;

    EditorialService(
            EntityManager entityManager,
            ContentWriter writer,
            ContentExporter exporter,
            Documents documents,
            EditorialStore store,
            EditCommand edit,
            PublishCommand publish) {
        this.entityManager = entityManager;
        this.writer = writer;
        this.exporter = exporter;
        this.documents = documents;
        this.store = store;
        this.edit = edit;
        this.publish = publish;
    }

    @Transactional
    public EditorialItem get(ItemType type, String key) {
        return store.item(store.existing(type, key));
    }

    /** Every item with a draft (new, unpublished, or published with pending edits), in dependency order. */
    @Transactional
    public List<EditorialItem> pending() {
        return drafts().stream()
                .map(d -> {
                    ItemType type = ItemType.fromWireName(d.itemType).orElseThrow();
                    return store.item(store.state(type, d.itemKey));
                })
                .toList();
    }

    /** The ETag of an item's latest revision, also for a deleted item; 404 when the item never existed. */
    @Transactional
    public String revisionsEtag(ItemType type, String key) {
        Revision latest = store.latestRevision(type, key);
        if (latest == null && !store.state(type, key).exists()) {
            throw EditorialStore.notFound(type, key);
        }
        return EditorialItem.etagOf(latest == null ? 0 : latest.number);
    }

    /** A JSON Merge Patch of the item's draft, as {@link EditCommand#patch}. */
    public EditorialItem patch(ItemType type, String key, byte[] body, String ifMatch, String author) {
        return edit.patch(type, key, body, ifMatch, author);
    }

    /** Publishes the item's draft, as {@link PublishCommand#publish}. */
    public EditorialItem publish(ItemType type, String key, String ifMatch, String author) {
        return publish.publish(type, key, ifMatch, author);
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
        if (found.isEmpty() && !store.state(type, key).exists()) {
            throw EditorialStore.notFound(type, key);
        }
        return found;
    }

    @Transactional
    public Revision revision(ItemType type, String key, int number) {
        return store.revision(type, key, number);
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
                    entityManager.persist(store.baseline(
                            type, key, exporter.document(type, key).orElseThrow(), SEED_AUTHOR));
                    recorded++;
                }
            }
        }
        return recorded;
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
}
