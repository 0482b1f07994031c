package uk.org.wmca.planforgrowth.theme;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The delivery themes: seven, in order, each with its older label. */
@QuarkusTest
class ThemeResourceTest {

    @Test
    void shouldListTheSevenThemesInOrderWithBothLabels() {
        given().when()
                .get("/api/v1/themes")
                .then()
                .statusCode(200)
                .body("meta.total", equalTo(7))
                .body("data.position", contains(1, 2, 3, 4, 5, 6, 7))
                .body(
                        "data.name",
                        contains(
                                "Economic empowerment",
                                "Transport transformation",
                                "Housing and land development",
                                "Innovative regeneration",
                                "Skills for the future",
                                "Investor engagement",
                                "Commitment to net zero"))
                .body(
                        "data.formerName",
                        contains(
                                "New powers over economic development",
                                "Transport investment",
                                "Housing and land investment",
                                "Pioneering new approaches to regeneration",
                                "Skills",
                                "Working with investors",
                                "Net zero"));
    }

    @Test
    void shouldReturnAThemeWithItsInterventionsFactsAndSources() {
        given().when()
                .get("/api/v1/themes/economic-empowerment")
                .then()
                .statusCode(200)
                .body("data.name", equalTo("Economic empowerment"))
                .body("data.detail", notNullValue())
                .body("data.interventions.slug", hasItem("business-support-funding"))
                .body("data.facts.id", hasItems("ukspf-allocation", "innovation-accelerator-funding"))
                .body("data.facts.find { it.id == 'ukspf-allocation' }.value", equalTo(88000000))
                .body("data.sources.id", hasItem("wmca-plan-for-growth-foreword"));
    }

    @Test
    void shouldShowTheTruncatedTransportFigureAsUnconfirmedWithoutAValue() {
        given().when()
                .get("/api/v1/themes/transport-transformation")
                .then()
                .statusCode(200)
                .body("data.facts.find { it.id == 'transport-corridor-investment' }.status", equalTo("unconfirmed"))
                .body("data.facts.find { it.id == 'transport-corridor-investment' }.value", equalTo(null))
                .body("data.facts.find { it.id == 'transport-corridor-investment' }.min", equalTo(null));
    }
}
