package uk.org.wmca.planforgrowth.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which kept responses a content change must drop, from their keys alone. */
class RepresentationKeysTest {

    @Test
    void shouldKeepJsonAndCsvOfOneUrlUnderDifferentKeysWithTheSamePath() {
        String json = RepresentationCache.key("/api/v1/clusters", "size=5", Format.JSON);
        String csv = RepresentationCache.key("/api/v1/clusters", "size=5", Format.CSV);
        assertFalse(json.equals(csv));
        assertEquals("/api/v1/clusters", RepresentationCache.pathOf(csv));
        assertEquals(
                "/api/v1/clusters",
                RepresentationCache.pathOf(RepresentationCache.key("/api/v1/clusters", null, Format.CSV)));
    }

    @Test
    void shouldDropFilteredIncludedAndSearchResponsesOnAnyChange() {
        assertTrue(RepresentationCache.dependsOnOtherItems("/api/v1/clusters?theme=commitment-to-net-zero"));
        assertTrue(RepresentationCache.dependsOnOtherItems("/api/v1/facts?size=5&include=clusters csv"));
        assertTrue(RepresentationCache.dependsOnOtherItems("/api/v1/search?q=battery"));
    }

    @Test
    void shouldKeepResponsesThatOnlyPageSortOrSearchOneCollection() {
        assertFalse(RepresentationCache.dependsOnOtherItems("/api/v1/clusters"));
        assertFalse(RepresentationCache.dependsOnOtherItems("/api/v1/clusters?sort=-name&page=2&size=5 csv"));
        assertFalse(RepresentationCache.dependsOnOtherItems("/api/v1/clusters?q=energy&fields=slug&format=csv"));
        assertFalse(RepresentationCache.dependsOnOtherItems("/api/v1/clusters/aerospace"));
    }
}
