package uk.org.wmca.planforgrowth.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.cluster.ClusterRepository;
import uk.org.wmca.planforgrowth.content.ContentDocument.FactRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.SourceRecord;
import uk.org.wmca.planforgrowth.fact.FactRepository;
import uk.org.wmca.planforgrowth.source.SourceRepository;

/** Seeding happens once, and an invalid import leaves nothing behind. */
@QuarkusTest
class ContentSeederTest {

    @Inject
    ContentSeeder seeder;

    @Inject
    ContentImporter importer;

    @Inject
    ClusterRepository clusters;

    @Inject
    FactRepository facts;

    @Inject
    SourceRepository sources;

    @Test
    void shouldNotSeedASecondTimeNorDuplicateAnything() {
        long clustersBefore = clusters.count();
        long factsBefore = facts.count();

        assertFalse(seeder.seedIfEmpty());

        assertEquals(13, clustersBefore);
        assertEquals(clustersBefore, clusters.count());
        assertEquals(factsBefore, facts.count());
        assertFalse(importer.isEmpty());
    }

    @Test
    void shouldRefuseContentWithADanglingReferenceAndCommitNothing() {
        long sourcesBefore = sources.count();
        ContentDocument broken = oneSourceAndOneFact(
                "test-only-source", "test-only-fact", BigDecimal.ONE, "confirmed", "no-such-source");

        InvalidContentException e = assertThrows(InvalidContentException.class, () -> importer.importInto(broken));

        assertTrue(e.getMessage().contains("no-such-source"), e.getMessage());
        assertEquals(sourcesBefore, sources.count());
        assertTrue(sources.findBySlug("test-only-source").isEmpty());
    }

    @Test
    void shouldRefuseAnUnconfirmedFactThatCarriesAValue() {
        ContentDocument broken = oneSourceAndOneFact(
                "test-only-source-2", "test-only-fact-2", BigDecimal.TEN, "unconfirmed", "test-only-source-2");

        assertThrows(InvalidContentException.class, () -> importer.importInto(broken));
        assertTrue(sources.findBySlug("test-only-source-2").isEmpty());
    }

    @Test
    void shouldReadTheShippedContentFilesStrictly() {
        ContentDocument document = ContentFiles.read();
        assertEquals(13, document.clusters().size());
        assertEquals(7, document.themes().size());
        assertEquals(16, ContentFiles.version().length());
    }

    /** A document with one source and one fact citing {@code citedSource}; everything else empty. */
    private static ContentDocument oneSourceAndOneFact(
            String sourceId, String factId, BigDecimal value, String status, String citedSource) {
        return new ContentDocument(
                null,
                List.of(new SourceRecord(sourceId, "A title", "A publisher", "https://example.org/")),
                List.of(new FactRecord(
                        factId,
                        "A label",
                        value,
                        null,
                        null,
                        "count",
                        "clusters",
                        null,
                        null,
                        null,
                        "Nowhere",
                        status,
                        citedSource,
                        List.of(),
                        null,
                        true)),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
