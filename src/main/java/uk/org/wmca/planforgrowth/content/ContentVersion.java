package uk.org.wmca.planforgrowth.content;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The version of the published content, shared by every instance through the database. A change bumps it in the
 * same transaction as the change itself; each instance polls it, so representations rendered from older content
 * are dropped within one poll interval wherever the change was made.
 */
@ApplicationScoped
public class ContentVersion {

    /** A version and when it came about, to the second (the precision of HTTP dates). */
    public record Stamp(long version, Instant changedAt) {}

    private final EntityManager entityManager;
    private volatile Stamp current = new Stamp(-1, Instant.EPOCH);

    ContentVersion(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Stamp current() {
        return current;
    }

    /** Records a change of content; call it inside the transaction that makes the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump() {
        entityManager
                .createNativeQuery("update content_version set version = version + 1, changed_at = ?1 where id = 1")
                .setParameter(1, OffsetDateTime.now())
                .executeUpdate();
    }

    @Scheduled(
            every = "${pfg.cache.version-poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    void poll() {
        refresh();
    }

    /** Reads the version from the database; representations from an older version are no longer served. */
    @Transactional
    public Stamp refresh() {
        Object[] row = (Object[]) entityManager
                .createNativeQuery("select version, changed_at from content_version where id = 1")
                .getSingleResult();
        Stamp read = new Stamp(((Number) row[0]).longValue(), toInstant(row[1]).truncatedTo(ChronoUnit.SECONDS));
        if (read.version() != current.version()) {
            Log.debugf("Content version %d -> %d", current.version(), read.version());
            current = read;
        }
        return read;
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
