package uk.org.wmca.planforgrowth.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.content.ContentVersion;
import uk.org.wmca.planforgrowth.theme.ThemeRepository;

/** A content change reaches readers at the next version check; ETags change exactly where the bytes change. */
@QuarkusTest
class ContentChangeTest {

    @Inject
    ThemeRepository themes;

    @Inject
    ContentVersion version;

    @Test
    void shouldChangeTheEtagOfWhatChangedAndKeepEveryOtherEtag() {
        String themeBefore = etag("/api/v1/themes/innovative-regeneration");
        String listBefore = etag("/api/v1/themes");
        String sourceBefore = etag("/api/v1/sources/wmca-primary-clusters");
        String originalSummary = summary();

        try {
            change("A changed summary, written by a test.");
            version.refresh();

            String themeAfter = etag("/api/v1/themes/innovative-regeneration");
            assertNotEquals(themeBefore, themeAfter);
            assertNotEquals(listBefore, etag("/api/v1/themes"));
            assertEquals(sourceBefore, etag("/api/v1/sources/wmca-primary-clusters"));
            given().get("/api/v1/themes/innovative-regeneration")
                    .then()
                    .body("data.summary", org.hamcrest.Matchers.equalTo("A changed summary, written by a test."));
            given().header("If-None-Match", themeBefore)
                    .get("/api/v1/themes/innovative-regeneration")
                    .then()
                    .statusCode(200);
        } finally {
            change(originalSummary);
            version.refresh();
        }
        assertEquals(themeBefore, etag("/api/v1/themes/innovative-regeneration"));
    }

    @Test
    void shouldKeepServingTheOldRepresentationUntilTheVersionIsChecked() {
        String before = etag("/api/v1/themes/housing-and-land-development");
        QuarkusTransaction.requiringNew()
                .run(() -> themes.findBySlug("housing-and-land-development").orElseThrow().summary =
                        "Changed without a version bump.");
        try {
            assertEquals(before, etag("/api/v1/themes/housing-and-land-development"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                themes.findBySlug("housing-and-land-development").orElseThrow().summary = given().get(
                                "/api/v1/themes/housing-and-land-development")
                        .then()
                        .extract()
                        .path("data.summary");
            });
        }
    }

    private String summary() {
        return QuarkusTransaction.requiringNew()
                .call(() -> themes.findBySlug("innovative-regeneration").orElseThrow().summary);
    }

    private void change(String summary) {
        QuarkusTransaction.requiringNew().run(() -> {
            themes.findBySlug("innovative-regeneration").orElseThrow().summary = summary;
            version.bump();
        });
    }

    private static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}
