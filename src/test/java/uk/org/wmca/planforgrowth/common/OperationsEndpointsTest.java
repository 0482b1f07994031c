package uk.org.wmca.planforgrowth.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.org.wmca.planforgrowth.Api.givenUndocumented;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Swagger UI, health and metrics are served alongside the API. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void shouldServeSwaggerUi() {
        givenUndocumented()
                .when()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"));
    }

    @Test
    void shouldReportReadyWithADatabaseCheck() {
        givenUndocumented()
                .when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void shouldReportLive() {
        givenUndocumented().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldExposePrometheusMetrics() {
        givenUndocumented()
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }
}
