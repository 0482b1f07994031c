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
        ContentDocument broken = new ContentDocument(
                null,
                List.of(new SourceRecord("test-only-source", "A title", "A publisher", "https://example.org/")),
                List.of(new FactRecord(
                        "test-only-fact",
                        "A label",
                        BigDecimal.ONE,
                        null,
                        null,
                        "count",
                        "clusters",
                        null,
                        null,
                        null,
                        "Nowhere",
                        "confirmed",
                        "no-such-source",
                        null)),
                List.of(),
                List.of(),
                List.of(),
                List.of());

        InvalidContentException e = assertThrows(InvalidContentException.class, () -> importer.importInto(broken));

        assertTrue(e.getMessage().contains("no-such-source"), e.getMessage());
        assertEquals(sourcesBefore, sources.count());
        assertTrue(sources.findBySlug("test-only-source").isEmpty());
    }

    @Test
    void shouldRefuseAnUnconfirmedFactThatCarriesAValue() {
        ContentDocument broken = new ContentDocument(
                null,
                List.of(new SourceRecord("test-only-source-2", "A title", "A publisher", "https://example.org/")),
                List.of(new FactRecord(
                        "test-only-fact-2",
                        "A label",
                        BigDecimal.TEN,
                        null,
                        null,
                        "count",
                        "clusters",
                        null,
                        null,
                        null,
                        "Nowhere",
                        "unconfirmed",
                        "test-only-source-2",
                        null)),
                List.of(),
                List.of(),
                List.of(),
                List.of());

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
}
