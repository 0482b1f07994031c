package uk.org.wmca.planforgrowth.place;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Places by slug or ONS GSS code, with the clusters that name them. */
@QuarkusTest
class PlaceResourceTest {

    @Test
    void shouldListTheSevenConstituentBoroughsAndStratfordAlphabetically() {
        given().when()
                .get("/api/v1/places")
                .then()
                .statusCode(200)
                .body("meta.total", equalTo(8))
                .body(
                        "data.name",
                        contains(
                                "Birmingham",
                                "Coventry",
                                "Dudley",
                                "Sandwell",
                                "Solihull",
                                "Stratford-on-Avon",
                                "Walsall",
                                "Wolverhampton"))
                .body("data.gssCode", everyItem(matchesPattern("E0[78][0-9]{6}")))
                .body("data.find { it.slug == 'stratford-on-avon' }.kind", equalTo("non-constituent"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"birmingham", "E08000025", "e08000025"})
    void shouldFindAPlaceBySlugOrGssCodeInAnyCase(String key) {
        given().when()
                .get("/api/v1/places/" + key)
                .then()
                .statusCode(200)
                .body("data.slug", equalTo("birmingham"))
                .body("data.gssCode", equalTo("E08000025"))
                .body("data.kind", equalTo("constituent"))
                .body("data.clusters.slug", contains("electric-light-vehicles"))
                .body("data.source.id", equalTo("ons-local-authority-district-codes"))
                .body("links.self", equalTo("/api/v1/places/" + key))
                .body("data.links.self", equalTo("/api/v1/places/birmingham"));
    }

    @Test
    void shouldMarkStratfordAsAnInterpretationOfThePlansWording() {
        given().when()
                .get("/api/v1/places/E07000221")
                .then()
                .statusCode(200)
                .body("data.name", equalTo("Stratford-on-Avon"))
                .body("data.nameInPlan", equalTo("Stratford"))
                .body("data.status", equalTo("inferred"));
    }

    @Test
    void shouldShowNoClustersForAPlaceNoConfirmedProfileNames() {
        given().when()
                .get("/api/v1/places/dudley")
                .then()
                .statusCode(200)
                .body("data.gssCode", equalTo("E08000027"))
                .body("data.clusters", empty());
    }
}
