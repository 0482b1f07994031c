package uk.org.wmca.planforgrowth.common;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.content.ContentVersion;
import uk.org.wmca.planforgrowth.theme.ThemeRepository;

/**
 * A content change reaches readers at the next version check, drops exactly the representations that show the
 * changed item, and changes ETags exactly where the bytes change.
 */
@QuarkusTest
class ContentChangeTest {

    private static final String THEME = "/api/v1/themes/innovative-regeneration";

    @Inject
    ThemeRepository themes;

    @Inject
    ContentVersion version;

    @Inject
    RepresentationCache cache;

    @Test
    void shouldChangeTheEtagOfWhatChangedAndKeepEveryOtherEtag() {
        String themeBefore = etag(THEME);
        String listBefore = etag("/api/v1/themes");
        String sourceBefore = etag("/api/v1/sources/wmca-primary-clusters");
        String originalSummary = summary();
        try {
            change("A changed summary, written by a test.");

            String themeAfter = etag(THEME);
            assertNotEquals(themeBefore, themeAfter);
            assertNotEquals(listBefore, etag("/api/v1/themes"));
            assertEquals(sourceBefore, etag("/api/v1/sources/wmca-primary-clusters"));
            given().get(THEME).then().body("data.summary", equalTo("A changed summary, written by a test."));
            given().header("If-None-Match", themeBefore).get(THEME).then().statusCode(200);
        } finally {
            change(originalSummary);
        }
        assertEquals(themeBefore, etag(THEME));
        assertEquals(listBefore, etag("/api/v1/themes"));
    }

    @Test
    void shouldDropExactlyTheRepresentationsThatShowTheChangedItem() {
        for (String path : new String[] {
            THEME,
            "/api/v1/themes?size=3",
            "/api/v1/plan",
            "/api/v1/interventions/transport-and-infrastructure-fund",
            "/api/v1/clusters/aerospace",
            "/api/v1/sources/wmca-primary-clusters",
            "/api/v1/themes/commitment-to-net-zero"
        }) {
            etag(path);
        }
        Representation aerospace = cache.find("/api/v1/clusters/aerospace").orElseThrow();
        Representation source =
                cache.find("/api/v1/sources/wmca-primary-clusters").orElseThrow();
        Representation otherTheme =
                cache.find("/api/v1/themes/commitment-to-net-zero").orElseThrow();

        String originalSummary = summary();
        try {
            change("Another changed summary.");

            assertTrue(cache.find(THEME).isEmpty(), "the changed theme");
            assertTrue(cache.find("/api/v1/themes?size=3").isEmpty(), "a list of its collection");
            assertTrue(cache.find("/api/v1/plan").isEmpty(), "the plan shows every theme");
            assertSame(aerospace, cache.find("/api/v1/clusters/aerospace").orElseThrow());
            assertSame(
                    source, cache.find("/api/v1/sources/wmca-primary-clusters").orElseThrow());
            assertSame(
                    otherTheme,
                    cache.find("/api/v1/themes/commitment-to-net-zero").orElseThrow());
        } finally {
            change(originalSummary);
        }
    }

    @Test
    void shouldKeepServingTheKeptRepresentationUntilAChangeIsRecorded() {
        String path = "/api/v1/themes/housing-and-land-development";
        String before = etag(path);
        String original = QuarkusTransaction.requiringNew()
                .call(() -> themes.findBySlug("housing-and-land-development").orElseThrow().summary);
        QuarkusTransaction.requiringNew()
                .run(() -> themes.findBySlug("housing-and-land-development").orElseThrow().summary =
                        "Changed without recording a change.");
        try {
            version.refresh();
            assertEquals(before, etag(path));
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> themes.findBySlug("housing-and-land-development").orElseThrow().summary = original);
        }
    }

    private String summary() {
        return QuarkusTransaction.requiringNew()
                .call(() -> themes.findBySlug("innovative-regeneration").orElseThrow().summary);
    }

    private void change(String summary) {
        QuarkusTransaction.requiringNew().run(() -> {
            themes.findBySlug("innovative-regeneration").orElseThrow().summary = summary;
            version.bump(Set.of(THEME));
        });
        version.refresh();
    }

    private static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}
