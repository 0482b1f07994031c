package uk.org.wmca.planforgrowth.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The plan's summary with its principles, headline figures and links to its parts. */
@QuarkusTest
class PlanResourceTest {

    @Test
    void shouldReturnThePlanWithAimPrinciplesAndHeadlineFigures() {
        given().when()
                .get("/api/v1/plan")
                .then()
                .statusCode(200)
                .body("data.title", equalTo("West Midlands Plan for Growth"))
                .body("data.publisher", equalTo("West Midlands Combined Authority"))
                .body("data.firstPublished", equalTo("2022-12"))
                .body("data.firstPublishedSource.id", equalTo("wmca-futures-green-paper"))
                .body("data.aim", notNullValue())
                .body("data.principles", hasSize(2))
                .body(
                        "data.principles.name",
                        contains("Private sector-led – publicly supported", "Collaborative leadership"))
                .body(
                        "data.headlineFacts.id",
                        hasItems(
                                "primary-clusters-gva-uplift",
                                "primary-clusters-jobs",
                                "nascent-clusters-additional-gva",
                                "nascent-clusters-additional-jobs"))
                .body("data.headlineFacts.find { it.id == 'primary-clusters-jobs' }.min", equalTo(40300))
                .body("data.headlineFacts.find { it.id == 'primary-clusters-jobs' }.max", equalTo(44800));
    }

    @Test
    void shouldLinkEveryThemeClusterAndIntervention() {
        given().when()
                .get("/api/v1/plan")
                .then()
                .statusCode(200)
                .body("data.themes", hasSize(7))
                .body("data.clusters", hasSize(9))
                .body("data.nascentClusters", hasSize(4))
                .body("data.interventions", hasSize(5))
                .body("data.clusters[3].links.self", equalTo("/api/v1/clusters/aerospace"));
    }
}
