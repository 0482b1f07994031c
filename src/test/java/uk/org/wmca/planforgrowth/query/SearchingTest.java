package uk.org.wmca.planforgrowth.query;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** q=: word-start matching ignoring case and accents, ranking, combination with filters, limits. */
@QuarkusTest
class SearchingTest {

    /** list, a search, a key it must find. */
    static Stream<Arguments> searches() {
        return Stream.of(
                Arguments.of("themes", "skills", "skills-for-the-future"),
                Arguments.of("clusters", "battery", "electric-light-vehicles"),
                Arguments.of("interventions", "equity", "early-growth-fund"),
                Arguments.of("places", "stratford", "stratford-on-avon"),
                Arguments.of("places", "E08000025", "birmingham"),
                Arguments.of("facts", "jobs", "ev-cluster-additional-jobs"),
                Arguments.of("sources", "scaleup", "scaleup-review-2023-west-midlands"));
    }

    @ParameterizedTest(name = "{0}?q={1}")
    @MethodSource("searches")
    void shouldFindItemsByTheStartOfAWordWhateverTheCase(String list, String q, String key) {
        for (String variant : List.of(q, q.toUpperCase(), q.substring(0, q.length() - 1))) {
            List<String> keys = keys(list, "q=" + variant + "&size=100");
            assertTrue(keys.contains(key), list + "?q=" + variant + " finds " + key + ", got " + keys);
        }
    }

    @Test
    void shouldIgnoreAccentsAndPunctuation() {
        assertEquals(List.of("electric-light-vehicles"), keys("clusters", "q=BÀTTÉRY!"));
        // aerospace too: its name note says its inference rests on the Smart Energy Systems one
        assertEquals(List.of("smart-energy-systems", "aerospace"), keys("clusters", "q=énergy, systems."));
    }

    @Test
    void shouldMatchWordStartsNotTheMiddleOfWords() {
        // "ttery" is inside "battery" but starts no word.
        given().queryParam("q", "ttery")
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(200)
                .body("meta.total", equalTo(0))
                .body("data", hasSize(0));
    }

    @Test
    void shouldNeedEveryWord() {
        List<String> both = keys("clusters", "q=battery vehicles");
        assertEquals(List.of("electric-light-vehicles"), both);
        assertEquals(List.of(), keys("clusters", "q=battery aerospace"));
    }

    @Test
    void shouldRankNameMatchesBeforeSummaryMatchesBeforeBodyMatches() {
        // "technology" starts a word of Space technology's name, Health Tech's summary and others' body text.
        assertEquals(
                List.of(
                        "space-technology",
                        "health-tech-med-tech",
                        "electric-light-vehicles",
                        "very-light-rail",
                        "5g-adoption",
                        "ecommerce"),
                keys("clusters", "q=technology"));
        // An explicit sort replaces the ranking.
        assertEquals(
                "health-tech-med-tech",
                keys("clusters", "q=technology&sort=position").get(0));
    }

    @Test
    void shouldCombineSearchWithFiltersAndSort() {
        List<String> keys = keys("clusters", "q=cluster&kind=nascent&sort=-name&size=100");
        given().when()
                .get("/api/v1/clusters?q=cluster&kind=nascent&sort=-name&size=100")
                .then()
                .statusCode(200)
                .body("meta.total", equalTo(keys.size()))
                .body("data.kind", everyItem(equalTo("nascent")));
        assertTrue(keys.size() <= 4);
    }

    @Test
    void shouldRefuseASearchWithoutLettersOrDigits() {
        given().queryParam("q", "  --  ")
                .when()
                .get("/api/v1/themes")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("q"))
                .body("errors[0].message", containsString("no letter or digit"));
    }

    @Test
    void shouldRefuseASearchOverTheLengthLimit() {
        given().queryParam("q", "a".repeat(ListQuery.MAX_SEARCH_LENGTH + 1))
                .when()
                .get("/api/v1/themes")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("q"))
                .body("errors[0].message", containsString("at most 200"));
    }

    @Test
    void shouldRefuseASearchWithTooManyWords() {
        given().queryParam("q", "a b c d e f g h i j k")
                .when()
                .get("/api/v1/themes")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("q"))
                .body("errors[0].message", containsString("11 words"));
    }

    static List<String> keys(String list, String query) {
        var json = given().when()
                .get("/api/v1/" + list + "?" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> slugs = json.getList("data.slug");
        return slugs == null || slugs.stream().allMatch(s -> s == null) ? json.getList("data.id") : slugs;
    }
}
