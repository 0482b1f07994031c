package uk.org.wmca.planforgrowth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/** The packaged jar, started as operators run it: content seeded, Swagger UI and the spec bundled. */
@QuarkusIntegrationTest
class PackagedApplicationIT {

    @Test
    void shouldServeTheNinePrimaryClustersAndTheSevenThemes() {
        given().queryParam("kind", "primary")
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(200)
                .body("data", hasSize(9));
        given().when().get("/api/v1/themes").then().statusCode(200).body("meta.total", equalTo(7));
    }

    @Test
    void shouldServeSwaggerUiFromBundledAssets() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("operationId: listClusters"));
    }

    @Test
    void shouldGuardTokenManagementButNotReads() {
        given().when()
                .get("/api/v1/admin/tokens")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"plan-for-growth\"");
        given().header("Authorization", "Bearer pfg_" + "x".repeat(43))
                .when()
                .get("/api/v1/plan")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldAnswerProblemJsonForUnknownRoutes() {
        given().when().get("/no-such-page").then().statusCode(404).contentType("application/problem+json");
    }
}
