package uk.org.wmca.planforgrowth.query;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Fills the search and sort columns of items written before they existed (a database migrated from an earlier
 * version). Items written since fill their own, before every insert and update.
 */
@ApplicationScoped
public class SearchBackfill {

    private final EntityManager entityManager;

    SearchBackfill(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Refreshes every item whose search columns are empty; returns how many there were. */
    @Transactional
    public int fillMissing() {
        int filled = 0;
        for (Class<?> type : ListCatalogue.LISTS.values().stream()
                .map(ListDefinition::entity)
                .toList()) {
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
