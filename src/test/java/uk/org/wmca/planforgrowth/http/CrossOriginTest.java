package uk.org.wmca.planforgrowth.http;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.Api.given;
import static uk.org.wmca.planforgrowth.Api.givenUndocumented;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * CORS: reads from any origin, writes only from the configured origin, preflights answered at the edge, and the
 * headers on every response: errors, 429s and reads served from memory included. Rate limiting is on in this
 * profile, so every request comes from an address of its own.
 */
@QuarkusTest
@TestProfile(EdgeTestProfile.class)
class CrossOriginTest {

    private static final String PARTNER = "https://partner.example.net";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private static final List<String> EXPOSED = List.of(
            "ETag",
            "Link",
            "Location",
            "X-Request-Id",
            "RateLimit-Limit",
            "RateLimit-Remaining",
            "RateLimit-Reset",
            "Retry-After",
            "Content-Disposition",
            "Last-Modified");

    private static RequestSpecification documented() {
        return given().header("X-Forwarded-For", "198.51.100." + ADDRESSES.incrementAndGet());
    }

    private static RequestSpecification undocumented() {
        return givenUndocumented().header("X-Forwarded-For", "198.51.100." + ADDRESSES.incrementAndGet());
    }

    private static void assertExposes(Response response) {
        List<String> exposed = Arrays.stream(
                        response.header("Access-Control-Expose-Headers").split(","))
                .map(String::trim)
                .toList();
        assertTrue(exposed.containsAll(EXPOSED), "exposed: " + exposed);
    }

    @Test
    void shouldLetAnyOriginReadAndExposeTheApiHeaders() {
        for (int i = 0; i < 2; i++) { // the second is answered from memory
            Response response = documented()
                    .header("Origin", PARTNER)
                    .get("/api/v1/clusters?kind=primary")
                    .then()
                    .statusCode(200)
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Access-Control-Allow-Credentials", nullValue())
                    .extract()
                    .response();
            assertExposes(response);
            // Reads do not depend on the origin, so the representation's Vary is untouched.
            assertEquals("Accept, Accept-Encoding", response.header("Vary"));
        }
    }

    @Test
    void shouldSendTheSameReadHeadersWithoutAnOrigin() {
        documented().get("/api/v1/plan").then().statusCode(200).header("Access-Control-Allow-Origin", "*");
    }

    @Test
    void shouldPutCorsHeadersOnErrors() {
        assertExposes(documented()
                .header("Origin", PARTNER)
                .get("/api/v1/clusters/steel")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", "*")
                .extract()
                .response());
        undocumented()
                .header("Origin", PARTNER)
                .get("/no-such-route")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", "*");
        documented()
                .header("Origin", PARTNER)
                .queryParam("size", "500")
                .get("/api/v1/facts")
                .then()
                .statusCode(400)
                .header("Access-Control-Allow-Origin", "*");
    }

    @Test
    void shouldAnswerAReadPreflightFromAnyOrigin() {
        Response response = undocumented()
                .header("Origin", PARTNER)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match, x-request-id")
                .options("/api/v1/clusters")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
                .header("Access-Control-Max-Age", "3600")
                .header("Vary", containsString("Origin"))
                .header("X-Content-Type-Options", "nosniff")
                .extract()
                .response();
        String allowed = response.header("Access-Control-Allow-Headers");
        for (String header : List.of("Authorization", "Content-Type", "If-Match", "If-None-Match", "X-Request-Id")) {
            assertTrue(allowed.contains(header), allowed);
        }
    }

    @Test
    void shouldAllowAWritePreflightFromTheConfiguredOrigin() {
        undocumented()
                .header("Origin", EdgeTestProfile.WRITE_ORIGIN)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization, content-type, if-match")
                .options("/api/v1/clusters/aerospace")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", EdgeTestProfile.WRITE_ORIGIN)
                .header(
                        "Access-Control-Allow-Methods",
                        allOf(containsString("PATCH"), containsString("PUT"), containsString("DELETE")))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void shouldRefuseAWritePreflightFromAnyOtherOrigin() {
        undocumented()
                .header("Origin", PARTNER)
                .header("Access-Control-Request-Method", "PATCH")
                .options("/api/v1/clusters/aerospace")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue())
                .header("Access-Control-Allow-Headers", nullValue())
                .header("Vary", containsString("Origin"))
                .body("status", equalTo(403));
    }

    @Test
    void shouldAllowWritesOnlyFromTheConfiguredOrigin() {
        // No write endpoint is needed to see the headers: the 405 of a read-only resource carries them too.
        undocumented()
                .header("Origin", EdgeTestProfile.WRITE_ORIGIN)
                .delete("/api/v1/search")
                .then()
                .header("Access-Control-Allow-Origin", EdgeTestProfile.WRITE_ORIGIN)
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Vary", containsString("Origin"));
        undocumented()
                .header("Origin", PARTNER)
                .delete("/api/v1/search")
                .then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Expose-Headers", nullValue())
                .header("Vary", containsString("Origin"));
    }

    @Test
    void shouldLetTheWriteOriginReadToo() {
        undocumented()
                .header("Origin", EdgeTestProfile.WRITE_ORIGIN)
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/clusters")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", EdgeTestProfile.WRITE_ORIGIN)
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }

    @Test
    void shouldLeaveRequestsThatAreNotPreflightsToTheApi() {
        // An OPTIONS without Access-Control-Request-Method is an ordinary request, answered by the REST layer.
        undocumented()
                .header("Origin", PARTNER)
                .options("/api/v1/clusters")
                .then()
                .statusCode(not(equalTo(403)))
                .header("Access-Control-Allow-Methods", nullValue())
                .header("Access-Control-Allow-Origin", "*");
    }
}
