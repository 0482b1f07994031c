package uk.org.wmca.planforgrowth.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static uk.org.wmca.planforgrowth.Api.given;
import static uk.org.wmca.planforgrowth.Api.givenUndocumented;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Errors are problem+json with a request id that matches the header, and never leak internals. */
@QuarkusTest
class ErrorHandlingTest {

    @ParameterizedTest
    @ValueSource(strings = {"/nothing-here", "/api/v2/clusters", "/api/v1/clusters/aerospace/extra", "/api/v1/nope"})
    void shouldAnswerUnknownRoutesWith404Problem(String path) {
        Response response = givenUndocumented()
                .when()
                .get(path)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("instance", equalTo(path))
                .extract()
                .response();
        assertEquals(response.header("X-Request-Id"), response.jsonPath().getString("requestId"));
    }

    @Test
    void shouldEchoAWellFormedRequestId() {
        given().header("X-Request-Id", "trace-abc.123")
                .when()
                .get("/api/v1/clusters/steel")
                .then()
                .statusCode(404)
                .header("X-Request-Id", "trace-abc.123")
                .body("requestId", equalTo("trace-abc.123"));
    }

    @Test
    void shouldReplaceAMalformedRequestId() {
        given().header("X-Request-Id", "<script>alert(1)</script>")
                .when()
                .get("/api/v1/clusters/steel")
                .then()
                .statusCode(404)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void shouldPutARequestIdOnSuccessfulResponsesToo() {
        given().when()
                .get("/api/v1/plan")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void shouldNeverLeakStackTracesOrClassNames() {
        List<Response> errors = List.of(
                givenUndocumented().get("/api/v1/clusters/steel"),
                givenUndocumented().queryParam("size", "lots").get("/api/v1/facts"),
                givenUndocumented().queryParam("page", "0").get("/api/v1/places"),
                givenUndocumented().accept("text/html").get("/api/v1/themes"),
                givenUndocumented().post("/api/v1/themes"),
                givenUndocumented().get("/api/v1/%ZZ"),
                givenUndocumented().get("/unknown"));
        for (Response response : errors) {
            String body = response.asString();
            assertFalse(body.contains("Exception"), body);
            assertFalse(body.contains("uk.org"), body);
            assertFalse(body.contains("java."), body);
            assertFalse(body.contains("\tat "), body);
            assertEquals("application/problem+json", response.contentType(), body);
        }
    }

    @Test
    void shouldNotServeProblemsForSuccessfulRequests() {
        given().when().get("/api/v1/themes").then().statusCode(200).contentType(not(containsString("problem")));
    }
}
