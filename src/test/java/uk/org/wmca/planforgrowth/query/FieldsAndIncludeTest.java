package uk.org.wmca.planforgrowth.query;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.wmca.planforgrowth.Api.given;
import static uk.org.wmca.planforgrowth.Api.givenSparse;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** fields= and include=: sparse members at any depth, relations one level deep, and what is refused. */
@QuarkusTest
class FieldsAndIncludeTest {

    @Test
    void shouldReadARepeatedListParameterAsTheCommaForm() {
        List<String> repeated = given().when()
                .get("/api/v1/places?kind=constituent&kind=non-constituent&sort=kind&sort=-name")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("data.slug");
        List<String> comma = given().when()
                .get("/api/v1/places?kind=constituent,non-constituent&sort=kind,-name")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("data.slug");
        assertEquals(comma, repeated);
        given().when()
                .get("/api/v1/places?size=5&size=6")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("size"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.org.wmca.planforgrowth.query.QueryFixtures#everyList")
    void shouldKeepOnlyTheFieldsAskedFor(String list) {
        List<Map<String, Object>> items = givenSparse()
                .queryParam("fields", "links.self")
                .when()
                .get("/api/v1/" + list)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("data");
        for (Map<String, Object> item : items) {
            assertEquals(Set.of("links"), item.keySet());
            assertEquals(Set.of("self"), ((Map<?, ?>) item.get("links")).keySet());
        }
    }

    /** list, an include, a member of the included items. */
    static Stream<Arguments> includes() {
        return Stream.of(
                Arguments.of("clusters", "places", "gssCode"),
                Arguments.of("clusters", "facts", "unit"),
                Arguments.of("clusters", "sources", "publisher"),
                Arguments.of("clusters", "themes", "formerName"),
                Arguments.of("themes", "clusters", "kind"),
                Arguments.of("themes", "interventions", "code"),
                Arguments.of("themes", "facts", "measure"),
                Arguments.of("themes", "sources", "url"),
                Arguments.of("interventions", "themes", "position"),
                Arguments.of("interventions", "facts", "label"),
                Arguments.of("interventions", "sources", "title"),
                Arguments.of("places", "clusters", "nameStatus"),
                Arguments.of("facts", "clusters", "inPlanDocument"),
                Arguments.of("sources", "facts", "status"));
    }

    @ParameterizedTest(name = "{0}?include={1}")
    @MethodSource("includes")
    void shouldEmbedARelationOnlyWhenIncluded(String list, String relation, String member) {
        given().when().get("/api/v1/" + list).then().statusCode(200).body("data", everyItem(not(hasKey(relation))));
        List<Map<String, Object>> items = given().queryParam("include", relation)
                .when()
                .get("/api/v1/" + list)
                .then()
                .statusCode(200)
                .body("data", everyItem(hasKey(relation)))
                .body("links.self", containsString("include=" + relation))
                .extract()
                .jsonPath()
                .getList("data");
        List<?> embedded = items.stream()
                .flatMap(item -> ((List<?>) item.get(relation)).stream())
                .toList();
        assertEquals(
                true,
                embedded.stream().allMatch(e -> ((Map<?, ?>) e).containsKey(member)),
                "each embedded item has " + member);
        // One level deep: embedded items never carry relations of their own.
        embedded.forEach(e -> assertEquals(false, ((Map<?, ?>) e).containsKey(relation + "s")));
    }

    @Test
    void shouldApplyFieldsInsideIncludedRelations() {
        givenSparse()
                .queryParam("include", "places,themes")
                .queryParam("fields", "slug,places.gssCode,themes")
                .queryParam("q", "battery")
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(200)
                .body("data[0].slug", equalTo("electric-light-vehicles"))
                .body("data[0].places[0]", equalTo(Map.of("gssCode", "E08000028")))
                .body("data[0].themes[0].slug", equalTo("commitment-to-net-zero"))
                .body("data[0]", not(hasKey("name")));
    }

    @Test
    void shouldApplyFieldsToOneItemAtAnyDepth() {
        givenSparse()
                .queryParam("fields", "name,growth.jobs.min,facts.source.title")
                .when()
                .get("/api/v1/clusters/electric-light-vehicles")
                .then()
                .statusCode(200)
                .body("data.name", containsString("Electric Light Vehicles"))
                .body("data.growth.jobs", equalTo(Map.of("min", 11200)))
                .body("data.facts.source.title", hasItem(containsString("Cluster")))
                .body("data", not(hasKey("slug")));
    }

    @Test
    void shouldIncludeThemesOnOneCluster() {
        given().queryParam("include", "themes")
                .when()
                .get("/api/v1/clusters/smart-energy-systems")
                .then()
                .statusCode(200)
                .body("data.themes.slug", equalTo(List.of("commitment-to-net-zero")));
    }

    @Test
    void shouldRefuseAnUnknownField() {
        given().queryParam("fields", "slug,colour")
                .when()
                .get("/api/v1/themes")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("fields"))
                .body("errors[0].message", containsString("'colour' is not a field"))
                .body("errors[0].valid", hasItem("formerName"));
    }

    @Test
    void shouldExplainThatARelationFieldNeedsInclude() {
        given().queryParam("fields", "slug,places.name")
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("fields"))
                .body("errors[0].message", containsString("add include=places"));
    }

    @Test
    void shouldRefuseAnUnknownInclude() {
        given().queryParam("include", "places,friends")
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("include"))
                .body("errors[0].message", containsString("'friends' cannot be included"))
                .body("errors[0].valid", equalTo(List.of("places", "facts", "sources", "themes")));
    }

    @Test
    void shouldRefuseIncludeOfARelationAnItemAlwaysCarries() {
        given().queryParam("include", "places")
                .when()
                .get("/api/v1/clusters/electric-light-vehicles")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("include"))
                .body("errors[0].valid", equalTo(List.of("themes")));
        given().queryParam("include", "clusters")
                .when()
                .get("/api/v1/themes/skills-for-the-future")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("include"))
                .body("errors[0].message", containsString("Unknown parameter 'include'"));
    }
}
