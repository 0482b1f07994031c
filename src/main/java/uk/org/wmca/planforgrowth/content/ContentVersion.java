package uk.org.wmca.planforgrowth.content;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.org.wmca.planforgrowth.database.DatabaseFailures;
import uk.org.wmca.planforgrowth.database.DatabaseStatus;

/**
 * The version of the published content, shared by every instance through the database. A change bumps it, and
 * records the API paths it touched, in the same transaction as the change itself. Each instance polls the version
 * and tells its caches exactly what changed, so a change made anywhere is served everywhere within a poll interval.
 */
@ApplicationScoped
public class ContentVersion {

    /** A version and when it came about, to the second (the precision of HTTP dates). */
    public record Stamp(long version, Instant changedAt) {}

    private final EntityManager entityManager;
    private final Event<ContentChanged> changed;
    private final DatabaseStatus status;
    private volatile Stamp current = new Stamp(-1, Instant.EPOCH);

    ContentVersion(EntityManager entityManager, Event<ContentChanged> changed, DatabaseStatus status) {
        this.entityManager = entityManager;
        this.changed = changed;
        this.status = status;
    }

    public Stamp current() {
        return current;
    }

    /**
     * Records a change of content touching the items at {@code paths} (e.g. {@code /api/v1/clusters/aerospace}, or
     * {@link ContentChanged#EVERYTHING}); call it inside the transaction that makes the change. Returns the new
     * version: the row stays locked until the transaction ends, so versions commit in the order they are handed out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long bump(Collection<String> paths) {
        OffsetDateTime now = OffsetDateTime.now();
        entityManager
                .createNativeQuery("update content_version set version = version + 1, changed_at = ?1 where id = 1")
                .setParameter(1, now)
                .executeUpdate();
        long version = ((Number) entityManager
                        .createNativeQuery("select version from content_version where id = 1")
                        .getSingleResult())
                .longValue();
        entityManager
                .createNativeQuery("insert into content_change (version, changed_at, paths) values (?1, ?2, ?3)")
                .setParameter(1, version)
                .setParameter(2, now)
                .setParameter(3, String.join("\n", paths))
                .executeUpdate();
        return version;
    }

    @Scheduled(
            every = "${pfg.cache.version-poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    void poll() {
        if (!status.started()) {
            return; // the start-up reads the version once the database is there
        }
        try {
            refresh();
            status.reportAvailable();
        } catch (RuntimeException e) {
            if (status.stopping()) {
                return; // the pool is closing under the poll
            }
            if (!DatabaseFailures.isUnavailable(e)) {
                throw e;
            }
            // Logged once per outage; the kept representations stay as they are and keep being served.
            status.reportUnavailable(e);
        }
    }

    /**
     * Reads the version from the database. When it moved on, the new version becomes current first and then the
     * change is announced, so that nothing rendered from older content can be kept afterwards.
     */
    @Transactional
    public synchronized Stamp refresh() {
        Object[] row = (Object[]) entityManager
                .createNativeQuery("select version, changed_at from content_version where id = 1")
                .getSingleResult();
        Stamp read = new Stamp(((Number) row[0]).longValue(), toInstant(row[1]).truncatedTo(ChronoUnit.SECONDS));
        Stamp previous = current;
        if (read.version() != previous.version()) {
            Set<String> paths = previous.version() < 0 ? Set.of(ContentChanged.EVERYTHING) : pathsSince(previous, read);
            current = read;
            Log.debugf("Content version %d -> %d: %s", previous.version(), read.version(), paths);
            changed.fire(new ContentChanged(read.version(), paths));
        }
        return read;
    }

    private Set<String> pathsSince(Stamp previous, Stamp read) {
        @SuppressWarnings("unchecked")
        List<Object> rows = entityManager
                .createNativeQuery("select paths from content_change where version > ?1 and version <= ?2")
                .setParameter(1, previous.version())
                .setParameter(2, read.version())
                .getResultList();
        if (rows.size() != read.version() - previous.version()) {
            return Set.of(ContentChanged.EVERYTHING); // a change without a record: be safe
        }
        Set<String> paths = new HashSet<>();
        for (Object row : rows) {
            paths.addAll(List.of(row.toString().split("\n")));
        }
        return paths;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected type for content_version.changed_at: " + value.getClass());
    }
}
