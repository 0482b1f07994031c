package uk.org.wmca.planforgrowth.cluster;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The clusters resources: the nine primary and four nascent clusters, and each cluster whole. */
@QuarkusTest
class ClusterResourceTest {

    static final String[] PRIMARY_NAMES_ON_NEWER_PAGE = {
        "Creative Content Production and Gaming",
        "Health Tech and Med Tech",
        "Professional & Financial Services and Supply Chain",
        "Aerospace",
        "Logistics and Distribution",
        "Smart Energy Systems",
        "Manufacture of Future Housing",
        "Manufacturing of Electric Light Vehicles and Associated Battery Devices",
        "Digital Economy"
    };

    @Test
    void shouldListTheNinePrimaryClustersAsNamedOnTheNewerPage() {
        given().queryParam("kind", "primary")
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(200)
                .body("meta.total", equalTo(9))
                .body("data", hasSize(9))
                .body("data.name", contains(PRIMARY_NAMES_ON_NEWER_PAGE))
                .body("data.kind", everyItem(equalTo("primary")))
                .body("links.self", equalTo("/api/v1/clusters?kind=primary&page=1&size=20"));
    }

    @Test
    void shouldListTheFourNascentClusters() {
        given().queryParam("kind", "nascent")
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(200)
                .body("meta.total", equalTo(4))
                .body("data.slug", contains("very-light-rail", "5g-adoption", "ecommerce", "space-technology"));
    }

    @Test
    void shouldListAllThirteenClustersPrimaryFirstAsLightSummaries() {
        given().when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(200)
                .body("meta.total", equalTo(13))
                .body("data[0].kind", equalTo("primary"))
                .body("data[12].kind", equalTo("nascent"))
                .body("data[0].places", nullValue())
                .body("data[0].facts", nullValue());
    }

    @Test
    void shouldKeepTheKindFilterInEveryPagingLink() {
        given().queryParam("kind", "primary")
                .queryParam("size", 4)
                .queryParam("page", 2)
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(200)
                .header("Link", containsString("</api/v1/clusters?kind=primary&page=3&size=4>; rel=\"next\""))
                .body("data", hasSize(4))
                .body("meta.totalPages", equalTo(3))
                .body("links.prev", equalTo("/api/v1/clusters?kind=primary&page=1&size=4"))
                .body("links.last", equalTo("/api/v1/clusters?kind=primary&page=3&size=4"));
    }

    @Test
    void shouldReturnTheElectricVehicleClusterWithPlacesGrowthFactsAndSources() {
        given().when()
                .get("/api/v1/clusters/electric-light-vehicles")
                .then()
                .statusCode(200)
                .body("data.kind", equalTo("primary"))
                .body("data.inPlanDocument", equalTo(true))
                .body(
                        "data.places.slug",
                        contains("sandwell", "walsall", "solihull", "birmingham", "stratford-on-avon", "coventry"))
                .body("data.places.find { it.slug == 'stratford-on-avon' }.gssCode", equalTo("E07000221"))
                .body("data.growth.output.min", equalTo(850000000))
                .body("data.growth.output.max", equalTo(950000000))
                .body("data.growth.output.unit", equalTo("GBP"))
                .body("data.growth.jobs.min", equalTo(11200))
                .body("data.growth.jobs.max", equalTo(12400))
                .body("data.growth.output.source.id", notNullValue())
                .body("data.facts.source.url", everyItem(notNullValue()))
                .body("data.keyAssets", hasItem("UK Battery Industrialisation Centre"))
                .body("data.sources.id", hasItem("wmca-cluster-growth-profiles"));
    }

    @Test
    void shouldReturnHealthTechGrowthByTwentyThirty() {
        given().when()
                .get("/api/v1/clusters/health-tech-med-tech")
                .then()
                .statusCode(200)
                .body("data.growth.output.min", equalTo(400000000))
                .body("data.growth.output.max", equalTo(430000000))
                .body("data.growth.output.horizonYear", equalTo(2030))
                .body("data.growth.jobs.min", equalTo(5300))
                .body("data.growth.jobs.max", equalTo(5900))
                .body("data.places", empty());
    }

    @Test
    void shouldMarkAerospaceNameAsInferred() {
        given().when()
                .get("/api/v1/clusters/aerospace")
                .then()
                .statusCode(200)
                .body("data.name", equalTo("Aerospace"))
                .body("data.nameStatus", equalTo("inferred"))
                .body("data.nameNote", notNullValue())
                .body("data.growth", nullValue())
                .body("data.leadershipBodies", hasItems("Midlands Aerospace Alliance"));
    }

    @Test
    void shouldMarkDigitalEconomyAsNotOneOfThePlanDocumentsClusters() {
        given().when()
                .get("/api/v1/clusters/digital-economy")
                .then()
                .statusCode(200)
                .body("data.inPlanDocument", equalTo(false))
                .body("data.planDocumentName", nullValue())
                .body("data.growth", nullValue())
                .body("data.places", empty());
    }

    @Test
    void shouldLeaveUnconfirmedGrowthAndPlacesEmptyRatherThanInvented() {
        for (String slug : new String[] {
            "logistics-distribution",
            "professional-financial-services",
            "future-housing",
            "creative-content-gaming",
            "smart-energy-systems"
        }) {
            given().when()
                    .get("/api/v1/clusters/" + slug)
                    .then()
                    .statusCode(200)
                    .body("data.growth", nullValue())
                    .body("data.places", empty());
        }
    }

    @Test
    void shouldRejectAnUnknownKindListingTheValidOnes() {
        given().queryParam("kind", "tertiary")
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].name", equalTo("kind"))
                .body("errors[0].valid", contains("primary", "nascent"))
                .body("detail", containsString("tertiary"));
    }

    @Test
    void shouldTreatKindAsCaseSensitive() {
        given().queryParam("kind", "PRIMARY")
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("kind"));
    }
}
