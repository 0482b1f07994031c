package uk.org.wmca.planforgrowth.content;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import uk.org.wmca.planforgrowth.common.ApiConfig;
import uk.org.wmca.planforgrowth.database.DatabaseReady;
import uk.org.wmca.planforgrowth.query.SearchBackfill;

/**
 * Seeds an empty database from the content files at start, once. After that the database is the source of truth:
 * a restart or an upgrade never overwrites or duplicates what is there.
 */
@ApplicationScoped
public class ContentSeeder {

    /** Transaction timeout of seeding, and of anything that waits for it to finish. */
    public static final int SEEDING_TIMEOUT_SECONDS = 600;

    private final ContentImporter importer;
    private final ContentVersion version;
    private final EntityManager entityManager;
    private final ApiConfig config;
    private final SearchBackfill searchBackfill;
    private final Event<ContentSeeded> seeded;

    ContentSeeder(
            ContentImporter importer,
            ContentVersion version,
            EntityManager entityManager,
            ApiConfig config,
            SearchBackfill searchBackfill,
            Event<ContentSeeded> seeded) {
        this.searchBackfill = searchBackfill;
        this.seeded = seeded;
        this.importer = importer;
        this.version = version;
        this.entityManager = entityManager;
        this.config = config;
    }

    /** Once the database is reached and migrated at start (see {@code database.DatabaseStartup}). */
    void onStart(@Observes DatabaseReady event) {
        if (config.content().seed()) {
            seedIfEmpty();
        } else {
            Log.info("Content seeding is switched off (pfg.content.seed=false)");
        }
        searchBackfill.fillMissing();
        version.refresh();
    }

    /**
     * Imports the content files when nothing has been seeded yet. Instances starting together on one empty database
     * take turns: the check and the import run in one transaction that first locks the single content_version row,
     * so the second instance waits until the first has committed, then finds the seed marker and leaves the content
     * alone. The seed marker row and the content commit together; its primary key is a second guard. The timeout is
     * generous because the waiting instance's transaction includes the wait, and on a loaded machine the import can
     * take close to the default 60 s (a timed-out seeding would be rolled back under the running import).
     */
    public boolean seedIfEmpty() {
        return seedIfEmpty(ContentFiles.read(), ContentFiles.version());
    }

    /** Seeds an empty database with the given content (the content files, or in tests an earlier release's). */
    @Transactional
    @TransactionConfiguration(timeout = SEEDING_TIMEOUT_SECONDS)
    public boolean seedIfEmpty(ContentDocument document, String filesVersion) {
        entityManager
                .createNativeQuery("select version from content_version where id = 1 for update")
                .getResultList();
        if (entityManager.createNativeQuery("select count(*) from content_seed").getSingleResult() instanceof Number n
                && n.longValue() > 0) {
            Log.debug("Content already seeded; leaving the database as it is");
            return false;
        }
        if (!importer.isEmpty()) {
            Log.info("The database already holds content without a seed record; not seeding");
            return false;
        }
        entityManager
                .createNativeQuery("insert into content_seed (id, seeded_at, content_version) values (1, ?1, ?2)")
                .setParameter(1, OffsetDateTime.now())
                .setParameter(2, filesVersion)
                .executeUpdate();
        importer.importInto(document);
        seeded.fire(new ContentSeeded(filesVersion));
        version.bump(java.util.Set.of(ContentChanged.EVERYTHING));
        Log.infof("Seeded the database with content files version %s", filesVersion);
        return true;
    }
}
