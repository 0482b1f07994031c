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

    @Test
    void shouldKeepHtmlApartPerOriginWithTheSamePath() {
        String html = RepresentationCache.key("/api/v1/clusters/aerospace", null, Format.HTML, "http://a.example");
        String other = RepresentationCache.key("/api/v1/clusters/aerospace", null, Format.HTML, "https://b.example");
        assertFalse(html.equals(other));
        assertFalse(html.equals(RepresentationCache.key("/api/v1/clusters/aerospace", null, Format.JSON)));
        assertEquals("/api/v1/clusters/aerospace", RepresentationCache.pathOf(html));
        assertEquals(
                "/embed/clusters/aerospace",
                RepresentationCache.pathOf(
                        RepresentationCache.key("/embed/clusters/aerospace", "theme=dark", Format.HTML, "http://a")));
    }

    @Test
    void shouldKeepCardsAndOembedAnswersButDropTheLandingPageOnAnyChange() {
        assertFalse(RepresentationCache.dependsOnOtherItems(
                RepresentationCache.key("/embed/clusters/aerospace", "theme=dark", Format.HTML, "http://a")));
        assertFalse(RepresentationCache.dependsOnOtherItems(RepresentationCache.key(
                "/oembed", "url=http%3A%2F%2Fa%2Fembed%2Fthemes%2Fx&maxwidth=300", Format.JSON, "http://a")));
        assertFalse(RepresentationCache.dependsOnOtherItems(
                RepresentationCache.key("/api/v1/clusters/aerospace", "format=fragment", Format.HTML, "http://a")));
        assertTrue(RepresentationCache.dependsOnOtherItems(
                RepresentationCache.key("/api/v1/clusters", "theme=x", Format.JSON, null)));
        assertTrue(
                RepresentationCache.dependsOnOtherItems(RepresentationCache.key("/", null, Format.HTML, "http://a")));
    }

    @Test
    void shouldKeepTheOriginInTheKeyOnlyWhenTheBodyLinksToIt() {
        // JSON and CSV under /api/v1 link relatively: one copy for every origin, whichever the caller passes
        assertEquals(
                RepresentationCache.key("/api/v1/clusters", "size=5", Format.JSON),
                RepresentationCache.key("/api/v1/clusters", "size=5", Format.JSON, "https://a.example"));
        assertEquals(
                RepresentationCache.key("/api/v1/clusters", null, Format.CSV),
                RepresentationCache.key("/api/v1/clusters", null, Format.CSV, "https://a.example"));
        // HTML and Atom anywhere, and everything outside /api/v1 (oEmbed's JSON too), are kept apart per origin
        for (Format format : new Format[] {Format.HTML, Format.ATOM}) {
            assertFalse(RepresentationCache.key("/api/v1/changes", null, format, "https://a.example")
                    .equals(RepresentationCache.key("/api/v1/changes", null, format, "https://b.example")));
        }
        assertFalse(RepresentationCache.key("/oembed", "url=x", Format.JSON, "https://a.example")
                .equals(RepresentationCache.key("/oembed", "url=x", Format.JSON, "https://b.example")));
    }
}
