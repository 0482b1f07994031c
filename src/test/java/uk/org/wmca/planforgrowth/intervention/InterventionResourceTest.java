package uk.org.wmca.planforgrowth.intervention;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The confirmed cross-cutting interventions; the unconfirmed sixth is not published. */
@QuarkusTest
class InterventionResourceTest {

    @Test
    void shouldListTheFiveConfirmedInterventionsInOrder() {
        given().when()
                .get("/api/v1/interventions")
                .then()
                .statusCode(200)
                .body("meta.total", equalTo(5))
                .body("data.code", contains("A", "B", "C", "D", "E"))
                .body(
                        "data.slug",
                        contains(
                                "business-support-funding",
                                "business-location-and-investment",
                                "future-skills-pathway",
                                "early-growth-fund",
                                "transport-and-infrastructure-fund"));
    }

    @Test
    void shouldReturnAnInterventionWithItsThemesAndFacts() {
        given().when()
                .get("/api/v1/interventions/business-location-and-investment")
                .then()
                .statusCode(200)
                .body("data.themes.slug", contains("investor-engagement"))
                .body("data.facts.id", hasItem("overseas-investment-target"))
                .body("data.facts.find { it.id == 'overseas-investment-target' }.qualifier", equalTo("more-than"))
                .body("data.facts.find { it.id == 'overseas-investment-target' }.horizonYear", equalTo(2027));
    }
}
