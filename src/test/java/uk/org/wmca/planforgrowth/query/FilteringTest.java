package uk.org.wmca.planforgrowth.query;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Named filters: each alone, several values (OR), several filters (AND), exact totals, unknown values refused. */
@QuarkusTest
class FilteringTest {

    /** list, query string, the keys expected in the default order. */
    static Stream<Arguments> filters() {
        List<String> nascent = List.of("very-light-rail", "5g-adoption", "ecommerce", "space-technology");
        return Stream.of(
                Arguments.of("clusters", "kind=nascent", nascent),
                Arguments.of("clusters", "place=coventry", List.of("electric-light-vehicles")),
                Arguments.of("clusters", "place=E08000026", List.of("electric-light-vehicles")),
                Arguments.of("clusters", "place=dudley", List.of()),
                Arguments.of(
                        "clusters",
                        "theme=commitment-to-net-zero",
                        List.of("smart-energy-systems", "future-housing", "electric-light-vehicles")),
                Arguments.of(
                        "clusters",
                        "theme=skills-for-the-future,economic-empowerment",
                        List.of("creative-content-gaming", "health-tech-med-tech", "aerospace")),
                Arguments.of("clusters", "inPlanDocument=false", List.of("digital-economy")),
                Arguments.of("clusters", "kind=primary&inPlanDocument=false", List.of("digital-economy")),
                Arguments.of("clusters", "kind=nascent&inPlanDocument=false", List.of()),
                Arguments.of(
                        "clusters",
                        "kind=primary&theme=commitment-to-net-zero&place=walsall",
                        List.of("electric-light-vehicles")),
                Arguments.of("themes", "cluster=aerospace", List.of("skills-for-the-future")),
                Arguments.of(
                        "themes",
                        "cluster=aerospace,electric-light-vehicles",
                        List.of("skills-for-the-future", "commitment-to-net-zero")),
                Arguments.of("interventions", "theme=skills-for-the-future", List.of("future-skills-pathway")),
                Arguments.of("places", "kind=non-constituent", List.of("stratford-on-avon")),
                Arguments.of(
                        "places", "cluster=electric-light-vehicles&kind=non-constituent", List.of("stratford-on-avon")),
                Arguments.of("places", "cluster=aerospace", List.of()),
                Arguments.of(
                        "facts",
                        "source=wmca-cluster-growth-profiles",
                        List.of("ev-battery-cost-share", "ev-cluster-additional-jobs", "ev-cluster-additional-output")),
                Arguments.of(
                        "facts",
                        "cluster=electric-light-vehicles&status=confirmed",
                        List.of("ev-battery-cost-share", "ev-cluster-additional-jobs", "ev-cluster-additional-output")),
                Arguments.of("facts", "cluster=electric-light-vehicles&status=unconfirmed", List.of()));
    }

    @ParameterizedTest(name = "{0}?{1}")
    @MethodSource("filters")
    void shouldReturnExactlyTheMatchingItemsWithTheirTotal(String list, String query, List<String> expected) {
        given().when()
                .get("/api/v1/" + list + "?" + query + "&size=100")
                .then()
                .statusCode(200)
                .body("meta.total", equalTo(expected.size()))
                .body("links.self", containsString(query.split("&")[0]));
        List<String> keys = SearchingTest.keys(list, query + "&size=100");
        assertEquals(expected, keys);
    }

    @Test
    void shouldCountEveryUnconfirmedFact() {
        given().queryParam("status", "unconfirmed")
                .when()
                .get("/api/v1/facts")
                .then()
                .statusCode(200)
                .body("meta.total", equalTo(2))
                .body("data.status", everyItem(equalTo("unconfirmed")))
                .body("data.value", everyItem(nullValue()));
    }

    /** list, filter, an unknown value. */
    static Stream<Arguments> unknownValues() {
        return Stream.of(
                Arguments.of("clusters", "kind", "secondary"),
                Arguments.of("clusters", "place", "atlantis"),
                Arguments.of("clusters", "theme", "luck"),
                Arguments.of("clusters", "inPlanDocument", "yes"),
                Arguments.of("themes", "cluster", "tourism"),
                Arguments.of("interventions", "theme", "luck"),
                Arguments.of("places", "kind", "city"),
                Arguments.of("places", "cluster", "tourism"),
                Arguments.of("facts", "status", "rumoured"),
                Arguments.of("facts", "cluster", "tourism"),
                Arguments.of("facts", "source", "gossip"));
    }

    @ParameterizedTest(name = "{0}?{1}={2}")
    @MethodSource("unknownValues")
    void shouldRefuseAnUnknownValueNamingTheParameterAndTheValidValues(String list, String filter, String value) {
        given().queryParam(filter, value)
                .when()
                .get("/api/v1/" + list)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .header("Cache-Control", "no-store")
                .body("errors", hasSize(1))
                .body("errors[0].name", equalTo(filter))
                .body("errors[0].in", equalTo("query"))
                .body("errors[0].message", containsString("'" + value + "'"))
                .body("errors[0].message", containsString("Valid values: "));
    }

    @Test
    void shouldRefuseAValueMixedInWithKnownOnes() {
        given().queryParam("place", "coventry,atlantis,birmingham")
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("place"))
                .body("errors[0].message", containsString("No place 'atlantis'"))
                .body("errors[0].valid", hasItem("coventry"));
    }

    @Test
    void shouldRefuseAnEmptyItemInACommaList() {
        given().queryParam("kind", "primary,")
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("kind"))
                .body("errors[0].message", containsString("empty item"));
    }

    @Test
    void shouldNotOfferAFilterOnAListWithoutIt() {
        given().queryParam("kind", "primary")
                .when()
                .get("/api/v1/sources")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("kind"))
                .body("errors[0].message", containsString("Unknown parameter 'kind'"));
    }
}
