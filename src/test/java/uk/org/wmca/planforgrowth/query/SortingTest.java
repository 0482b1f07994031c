package uk.org.wmca.planforgrowth.query;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** sort=: every key of every list, both directions, with the documented comparison and the slug tie-break. */
@QuarkusTest
class SortingTest {

    /** list, sort key, the member it orders by, whether it is text compared by sort key. */
    static Stream<Arguments> everySortKey() {
        return Stream.of(
                Arguments.of("themes", "position", "position", false),
                Arguments.of("themes", "name", "name", true),
                Arguments.of("clusters", "position", "position", false),
                Arguments.of("clusters", "name", "name", true),
                Arguments.of("clusters", "kind", "kind", false),
                Arguments.of("interventions", "position", "position", false),
                Arguments.of("interventions", "name", "name", true),
                Arguments.of("interventions", "code", "code", false),
                Arguments.of("places", "name", "name", true),
                Arguments.of("places", "gssCode", "gssCode", false),
                Arguments.of("places", "kind", "kind", false),
                Arguments.of("facts", "label", "label", true),
                Arguments.of("facts", "status", "status", false),
                Arguments.of("facts", "horizonYear", "horizonYear", false),
                Arguments.of("sources", "title", "title", true));
    }

    @ParameterizedTest(name = "{0} sort={1}")
    @MethodSource("everySortKey")
    void shouldOrderAscendingAndDescendingWithEmptyValuesLast(String list, String key, String member, boolean text) {
        for (boolean descending : List.of(false, true)) {
            List<Map<String, Object>> items = given().queryParam("sort", (descending ? "-" : "") + key)
                    .queryParam("size", 100)
                    .when()
                    .get("/api/v1/" + list)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("data");
            assertTrue(items.size() > 1, "the list has items to order");
            for (int i = 1; i < items.size(); i++) {
                Object previous = items.get(i - 1).get(member);
                Object current = items.get(i).get(member);
                if (current == null) {
                    continue; // empty values come last in both directions
                }
                assertTrue(previous != null, list + " sort=" + key + ": an empty value before a value at " + i);
                int order = compare(previous, current, text);
                assertTrue(
                        descending ? order >= 0 : order <= 0,
                        list + " sort=" + (descending ? "-" : "") + key + " out of order at " + i + ": " + previous
                                + " then " + current);
                if (order == 0) {
                    assertTrue(
                            key(items.get(i - 1)).compareTo(key(items.get(i))) < 0, "ties are broken by key ascending");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.org.wmca.planforgrowth.query.QueryFixtures#everyList")
    void shouldRefuseAnUnknownSortKeyListingTheValidOnes(String list) {
        given().queryParam("sort", "nonsense")
                .when()
                .get("/api/v1/" + list)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].name", equalTo("sort"))
                .body("errors[0].message", containsString("'nonsense' is not a sort key"))
                .body("errors[0].valid", not(empty()));
    }

    @Test
    void shouldSortBySeveralKeysInTurn() {
        List<Map<String, Object>> clusters = given().queryParam("sort", "kind,-name")
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("data");
        List<Map<String, Object>> expected = new ArrayList<>(clusters);
        expected.sort(Comparator.<Map<String, Object>, String>comparing(c -> (String) c.get("kind"))
                .thenComparing(c -> SearchText.sortKey((String) c.get("name")), Comparator.reverseOrder()));
        assertEquals(expected, clusters);
        assertEquals("nascent", clusters.get(0).get("kind"));
    }

    @Test
    void shouldPageThroughASortByAFilteredColumnInTheSameOrderAsTheWhole() {
        String query = "/api/v1/clusters?kind=nascent,primary&sort=-kind";
        List<String> whole = given().when()
                .get(query + "&size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("data.slug");
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= whole.size(); page++) {
            paged.addAll(given().when()
                    .get(query + "&size=1&page=" + page)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("data.slug"));
        }
        assertEquals(whole, paged);
        assertEquals(List.of("aerospace", "creative-content-gaming"), whole.subList(0, 2));
    }

    @Test
    void shouldRefuseTheSameKeyTwice() {
        given().queryParam("sort", "name,-name")
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("sort"))
                .body("errors[0].message", containsString("more than once"));
    }

    private static String key(Map<String, Object> item) {
        return (String) (item.containsKey("slug") ? item.get("slug") : item.get("id"));
    }

    @SuppressWarnings("unchecked")
    private static int compare(Object a, Object b, boolean text) {
        if (text) {
            return SearchText.sortKey((String) a).compareTo(SearchText.sortKey((String) b));
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return ((Comparable<Object>) a).compareTo(b);
    }
}
