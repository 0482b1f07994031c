package uk.org.wmca.planforgrowth.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A database seeded by this release already holds the corrected content: the start records every correction as not needed. */
@QuarkusTest
class FreshDatabaseCorrectionsTest {

    @Inject
    EntityManager entityManager;

    @Inject
    ContentCorrections corrections;

    @Test
    void aFreshDatabaseRecordsEveryCorrectionAsNotNeededAndMakesNoRevision() {
        List<?> outcomes = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery("select outcome from content_correction")
                        .getResultList());
        assertEquals(34, outcomes.size(), "one row per item of the set");
        assertTrue(outcomes.stream().allMatch("not-needed"::equals), outcomes.toString());
        Number byMigration = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager
                .createNativeQuery("select count(*) from revision where author = ?1")
                .setParameter(1, ContentCorrections.AUTHOR)
                .getSingleResult());
        assertEquals(0, byMigration.intValue());
        assertTrue(corrections.run().isEmpty(), "a second start looks at nothing");
    }
}
