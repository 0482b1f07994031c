package uk.org.wmca.planforgrowth.changes;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.org.wmca.planforgrowth.content.ContentVersion;
import uk.org.wmca.planforgrowth.content.ContentWriter;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.database.DatabaseFailures;
import uk.org.wmca.planforgrowth.database.DatabaseReady;
import uk.org.wmca.planforgrowth.database.DatabaseStatus;

/**
 * The change feed: every publish, update, unpublish and deletion of published content, in commit order. Each entry
 * is written in the transaction of its change, keyed by the content version that change bumped to; bumping locks the
 * version row until commit, so versions become visible in order on any database and instance, and a reader that
 * walks (version, ordinal) never skips or repeats an entry.
 */
@ApplicationScoped
public class ChangeFeed {

    /** The paths a feed-only version bump touches: only the feed's own representations. */
    static final Set<String> FEED_PATHS = Set.of(ChangesResource.PATH);

    /** A page of the feed: its entries, whether more follow, and the cursor to read on from. */
    public record Page(List<ChangeEntry> entries, boolean hasMore, Cursor next) {}

    private final EntityManager entityManager;
    private final ContentVersion version;
    private final ContentWriter writer;
    private final ChangesConfig config;
    private final Event<ChangeRecorded> recorded;

    private final DatabaseStatus database;

    ChangeFeed(
            EntityManager entityManager,
            ContentVersion version,
            ContentWriter writer,
            ChangesConfig config,
            Event<ChangeRecorded> recorded,
            DatabaseStatus database) {
        this.database = database;
        this.entityManager = entityManager;
        this.version = version;
        this.writer = writer;
        this.config = config;
        this.recorded = recorded;
    }

    /**
     * Records a change of published content at {@code contentVersion}, the version the change's own
     * {@link ContentVersion#bump} returned; call it in that transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeEntry record(long contentVersion, ItemType type, String key, ChangeAction action) {
        ChangeEntry entry = new ChangeEntry(contentVersion, 0, type, key, action, Instant.now());
        insert(entry);
        recorded.fire(new ChangeRecorded(entry));
        return entry;
    }

    /**
     * At start, once the database is there and after seeding: content that was there before the feed began becomes
     * its first entries.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) DatabaseReady event) {
        int recorded = initialise();
        if (recorded > 0) {
            Log.infof("Change feed: recorded the %d published items as its first entries", recorded);
        }
    }

    /**
     * Records every published item as "published", once per database: the feed then replays the whole content from
     * its beginning. The feed row is locked first, so instances starting together record it once.
     */
    @Transactional
    public int initialise() {
        Object initialised = entityManager
                .createNativeQuery("select initialised from change_feed where id = 1 for update")
                .getSingleResult();
        if (Boolean.TRUE.equals(initialised)) {
            return 0;
        }
        boolean anything = false;
        for (ItemType type : ItemType.values()) {
            anything |= !writer.publishedKeys(type).isEmpty();
        }
        int recorded = anything ? recordAllPublished(version.bump(FEED_PATHS)) : 0;
        entityManager
                .createNativeQuery("update change_feed set initialised = ?1 where id = 1")
                .setParameter(1, true)
                .executeUpdate();
        return recorded;
    }

    /**
     * Records every published item as "published" at {@code contentVersion}, in one transaction with the change that
     * bumped it: the seed's first entries, and what an import brings into an empty database.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recordAllPublished(long contentVersion) {
        List<ChangeEntry> entries = new ArrayList<>();
        for (ItemType type : ItemType.values()) {
            for (String key : writer.publishedKeys(type)) {
                entries.add(new ChangeEntry(
                        contentVersion, entries.size(), type, key, ChangeAction.PUBLISHED, Instant.now()));
            }
        }
        entries.forEach(this::insert);
        return entries.size();
    }

    /**
     * Up to {@code limit} entries after {@code since}, in order. A cursor from before the compacted part of the feed,
     * or ahead of it (another database's), is refused with {@link FeedGoneException}.
     */
    @Transactional
    public Page after(Cursor since, int limit) {
        Object[] feed = (Object[]) entityManager
                .createNativeQuery("select f.horizon, v.version from change_feed f, content_version v where f.id = 1"
                        + " and v.id = 1")
                .getSingleResult();
        long horizon = ((Number) feed[0]).longValue();
        long head = ((Number) feed[1]).longValue();
        if (since.version() < horizon && !since.equals(Cursor.START)) {
            throw new FeedGoneException("This cursor is older than the feed keeps (entries up to version " + horizon
                    + " have been compacted): changes since it may be lost. Start again without since: the feed then"
                    + " gives the latest change of every item.");
        }
        if (since.version() > head) {
            throw new FeedGoneException("This cursor is ahead of the feed (version " + since.version()
                    + ", the feed is at " + head + "): it comes from another copy of the database. Start again"
                    + " without since.");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select version, ordinal, item_type, item_key, action, changed_at from change_entry"
                        + " where version > ?1 or (version = ?1 and ordinal > ?2) order by version, ordinal")
                .setParameter(1, since.version())
                .setParameter(2, since.ordinal())
                .setMaxResults(limit + 1)
                .getResultList();
        List<ChangeEntry> entries = new ArrayList<>();
        for (Object[] row : rows.subList(0, Math.min(limit, rows.size()))) {
            entries.add(entry(row));
        }
        Cursor next =
                entries.isEmpty() ? since : entries.get(entries.size() - 1).cursor();
        return new Page(entries, rows.size() > limit, next);
    }

    /** The latest {@code limit} entries, oldest first. */
    @Transactional
    public List<ChangeEntry> latest(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select version, ordinal, item_type, item_key, action, changed_at from change_entry"
                        + " order by version desc, ordinal desc")
                .setMaxResults(limit)
                .getResultList();
        List<ChangeEntry> entries =
                new ArrayList<>(rows.stream().map(ChangeFeed::entry).toList());
        java.util.Collections.reverse(entries);
        return entries;
    }

    @Scheduled(
            every = "${pfg.changes.compaction-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1m")
    void compactOnSchedule() {
        if (!database.available()) {
            return; // next time
        }
        try {
            int removed = compact(Instant.now().minus(config.retention()));
            if (removed > 0) {
                Log.infof("Change feed: compacted %d entries older than %s", removed, config.retention());
                version.refresh(); // this instance drops its feed pages now, the others at their next poll
            }
        } catch (RuntimeException e) {
            if (database.stopping()) {
                return; // the next start or another instance carries on
            }
            if (!DatabaseFailures.isUnavailable(e)) {
                throw e;
            }
            database.reportUnavailable(e); // what is left is compacted at the next round; the poll refreshes
        }
    }

    /**
     * Compacts entries from before {@code cutoff}: those a later entry of the same item supersedes, and tombstones
     * (deleted, unpublished). The latest entry of every public item stays, so replaying the feed from its beginning
     * still gives the whole content; the horizon moves to the last version before the cutoff.
     */
    @Transactional
    public int compact(Instant cutoff) {
        OffsetDateTime before = cutoff.atOffset(ZoneOffset.UTC);
        Object last = entityManager
                .createNativeQuery("select max(version) from change_entry where changed_at < ?1")
                .setParameter(1, before)
                .getSingleResult();
        if (last == null) {
            return 0;
        }
        long horizon = ((Number) last).longValue();
        int removed = entityManager
                .createNativeQuery("delete from change_entry where version <= ?1 and exists (select 1 from"
                        + " change_entry later where later.item_type = change_entry.item_type and later.item_key ="
                        + " change_entry.item_key and (later.version > change_entry.version or (later.version ="
                        + " change_entry.version and later.ordinal > change_entry.ordinal)))")
                .setParameter(1, horizon)
                .executeUpdate();
        removed += entityManager
                .createNativeQuery("delete from change_entry where version <= ?1 and action in (?2, ?3)")
                .setParameter(1, horizon)
                .setParameter(2, ChangeAction.DELETED.wireName())
                .setParameter(3, ChangeAction.UNPUBLISHED.wireName())
                .executeUpdate();
        entityManager
                .createNativeQuery(
                        "update change_feed set horizon = ?1, compacted_at = ?2 where id = 1 and horizon < ?1")
                .setParameter(1, horizon)
                .setParameter(2, OffsetDateTime.now())
                .executeUpdate();
        if (removed > 0) {
            version.bump(FEED_PATHS); // so that every instance drops the pages of the feed it keeps
        }
        return removed;
    }

    private void insert(ChangeEntry entry) {
        entityManager
                .createNativeQuery(
                        "insert into change_entry (version, ordinal, item_type, item_key, action, changed_at)"
                                + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, entry.version())
                .setParameter(2, entry.ordinal())
                .setParameter(3, entry.type().wireName())
                .setParameter(4, entry.key())
                .setParameter(5, entry.action().wireName())
                .setParameter(6, entry.at().atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    private static ChangeEntry entry(Object[] row) {
        return new ChangeEntry(
                ((Number) row[0]).longValue(),
                ((Number) row[1]).intValue(),
                ItemType.fromWireName((String) row[2]).orElseThrow(),
                (String) row[3],
                ChangeAction.fromWireName((String) row[4]).orElseThrow(),
                toInstant(row[5]));
    }

    static Instant toInstant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type: " + value.getClass());
    }
}
