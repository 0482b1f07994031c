package uk.org.wmca.planforgrowth.query;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.org.wmca.planforgrowth.cluster.Cluster;
import uk.org.wmca.planforgrowth.fact.Fact;
import uk.org.wmca.planforgrowth.intervention.Intervention;
import uk.org.wmca.planforgrowth.place.Place;
import uk.org.wmca.planforgrowth.source.Source;
import uk.org.wmca.planforgrowth.theme.Theme;

/**
 * Fills the search and sort columns of items written before they existed (a database migrated from an earlier
 * version). Items written since fill their own, before every insert and update.
 */
@ApplicationScoped
public class SearchBackfill {

    private static final List<Class<?>> SEARCHABLE =
            List.of(Theme.class, Cluster.class, Intervention.class, Place.class, Fact.class, Source.class);

    private final EntityManager entityManager;

    SearchBackfill(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Refreshes every item whose search columns are empty; returns how many there were. */
    @Transactional
    public int fillMissing() {
        int filled = 0;
        for (Class<?> type : SEARCHABLE) {
            List<?> missing = entityManager
                    .createQuery("select e from " + type.getSimpleName() + " e where e.search.name is null", type)
                    .getResultList();
            for (Object item : missing) {
                ((Searchable) item).refreshSearch();
            }
            filled += missing.size();
        }
        if (filled > 0) {
            Log.infof("Filled the search columns of %d items written before search existed", filled);
        }
        return filled;
    }
}
