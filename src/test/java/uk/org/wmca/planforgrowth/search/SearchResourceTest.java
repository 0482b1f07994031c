package uk.org.wmca.planforgrowth.search;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /api/v1/search: typed, ranked hits with snippets and links, across every type. */
@QuarkusTest
class SearchResourceTest {

    @Test
    void shouldFindHitsOfSeveralTypesRankedWithSnippetsAndLinks() {
        List<Map<String, Object>> hits = given().queryParam("q", "battery")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .header("Link", containsString("rel=\"self\""))
                .body("meta.total", equalTo(5))
                .body("data[0].type", equalTo("cluster"))
                .body("data[0].id", equalTo("electric-light-vehicles"))
                .body("data[0].matchedIn", equalTo("name"))
                .body("data.type", hasItem("fact"))
                .extract()
                .jsonPath()
                .getList("data");
        for (Map<String, Object> hit : hits) {
            String self = (String) ((Map<?, ?>) hit.get("links")).get("self");
            given().when().get(self).then().statusCode(200);
            assertTrue(!((String) hit.get("snippet")).isBlank());
        }
    }

    @Test
    void shouldCutASnippetAroundABodyMatch() {
        List<Map<String, Object>> hits = given().queryParam("q", "gigafactory")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("data");
        assertTrue(!hits.isEmpty());
        Map<String, Object> hit = hits.get(0);
        assertEquals("body", hit.get("matchedIn"));
        assertTrue(((String) hit.get("snippet")).toLowerCase().contains("gigafactory"), hit.toString());
    }

    @Test
    void shouldRankNameMatchesFirstAcrossTypes() {
        List<Integer> tiers = new ArrayList<>();
        given().queryParam("q", "skills")
                .queryParam("size", 100)
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("data.matchedIn", String.class)
                .forEach(m -> tiers.add(List.of("name", "summary", "body").indexOf(m)));
        List<Integer> sorted = new ArrayList<>(tiers);
        sorted.sort(null);
        assertEquals(sorted, tiers);
        assertEquals(0, tiers.get(0));
    }

    @Test
    void shouldNarrowByType() {
        given().queryParam("q", "battery")
                .queryParam("type", "fact,theme")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("meta.total", equalTo(4))
                .body("data.type", everyItem(anyOf(is("fact"), is("theme"))))
                .body("data.type", hasItem("theme"))
                .body("links.self", equalTo("/api/v1/search?q=battery&type=fact,theme&page=1&size=20"));
    }

    @Test
    void shouldPageWithExactTotals() {
        int total = given().queryParam("q", "west")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("meta.total");
        List<String> all = new ArrayList<>();
        for (int page = 1; page <= (total + 2) / 3; page++) {
            given().queryParam("q", "west")
                    .queryParam("size", 3)
                    .queryParam("page", page)
                    .when()
                    .get("/api/v1/search")
                    .then()
                    .statusCode(200)
                    .body("meta.total", equalTo(total))
                    .header("Link", containsString("page=" + page + "&size=3>; rel=\"self\""))
                    .header("Link", containsString("rel=\"first\""))
                    .extract()
                    .jsonPath()
                    .getList("data.links.self", String.class)
                    .forEach(all::add);
        }
        assertEquals(total, all.size());
        assertEquals(total, all.stream().distinct().count(), "no hit twice");
    }

    @Test
    void shouldAnswerNoHitsWithAnEmptyPage() {
        given().queryParam("q", "zeppelin")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("data", hasSize(0))
                .body("meta.total", equalTo(0));
    }

    @Test
    void shouldRequireQ() {
        given().when()
                .get("/api/v1/search")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].name", equalTo("q"))
                .body("errors[0].message", containsString("required"));
    }

    @Test
    void shouldRefuseUnknownTypesAndParametersAllAtOnce() {
        given().queryParam("q", "battery")
                .queryParam("type", "cluster,planet")
                .queryParam("size", 0)
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(400)
                .body("errors", hasSize(2))
                .body("errors.name", equalTo(List.of("type", "size")))
                .body("errors[0].valid", hasItem("cluster"));
        given().queryParam("q", "battery")
                .queryParam("sort", "name")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("sort"))
                .body("errors[0].message", startsWith("Unknown parameter 'sort'"));
    }
}
