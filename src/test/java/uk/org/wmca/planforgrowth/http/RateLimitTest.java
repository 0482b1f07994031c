package uk.org.wmca.planforgrowth.http;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.Api.given;
import static uk.org.wmca.planforgrowth.Api.givenUndocumented;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Budgets per client address and per verified token, counted down in RateLimit headers, refused with a 429 problem
 * past the budget, and free 304s. Each test sends from addresses of its own, so that no test spends another's budget.
 */
@QuarkusTest
@TestProfile(EdgeTestProfile.class)
class RateLimitTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** A client address no other request used. */
    private static String newAddress() {
        return "203.0.113." + ADDRESSES.incrementAndGet();
    }

    private static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }

    @Test
    void shouldCountDownAndRefuseTheSixthRequestWithA429Problem() {
        String address = newAddress();
        for (int remaining = 4; remaining >= 0; remaining--) {
            Response response = from(address).get("/api/v1/themes");
            assertEquals(200, response.statusCode());
            assertEquals("5", response.header("RateLimit-Limit"));
            assertEquals(String.valueOf(remaining), response.header("RateLimit-Remaining"));
            assertTrue(Long.parseLong(response.header("RateLimit-Reset")) > 0);
        }
        Response refused = from(address)
                .header("Origin", "https://partner.example.net")
                .header("X-Request-Id", "budget-test-1")
                .get("/api/v1/themes")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Cache-Control", "no-store")
                .header("RateLimit-Limit", "5")
                .header("RateLimit-Remaining", "0")
                .header("Access-Control-Allow-Origin", "*")
                .header("X-Content-Type-Options", "nosniff")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Too Many Requests"))
                .body("status", equalTo(429))
                .body("instance", equalTo("/api/v1/themes"))
                .body("requestId", equalTo("budget-test-1"))
                .extract()
                .response();
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        // One request comes back every 12 minutes (5 an hour).
        assertTrue(retryAfter > 600 && retryAfter <= 720, "Retry-After " + retryAfter);
        assertTrue(Long.parseLong(refused.header("RateLimit-Reset")) >= retryAfter);
        assertTrue(refused.jsonPath().getString("detail").contains("5 requests per hour"));
    }

    @Test
    void shouldNotChargeFor304() {
        String address = newAddress();
        Response first = from(address).get("/api/v1/clusters/aerospace");
        assertEquals("4", first.header("RateLimit-Remaining"));
        for (int i = 0; i < 6; i++) {
            from(address)
                    .header("If-None-Match", first.header("ETag"))
                    .get("/api/v1/clusters/aerospace")
                    .then()
                    .statusCode(304)
                    .header("RateLimit-Limit", "5")
                    .header("RateLimit-Remaining", "4");
        }
        from(address).get("/api/v1/clusters/aerospace").then().statusCode(200).header("RateLimit-Remaining", "3");
    }

    @Test
    void shouldKeepSeparateBudgetsPerClientAddress() {
        String spent = newAddress();
        for (int i = 0; i < 5; i++) {
            from(spent).get("/api/v1/plan").then().statusCode(200);
        }
        from(spent).get("/api/v1/plan").then().statusCode(429);
        from(newAddress())
                .get("/api/v1/plan")
                .then()
                .statusCode(200)
                .header("RateLimit-Limit", "5")
                .header("RateLimit-Remaining", "4");
    }

    @Test
    void shouldGiveAVerifiedTokenItsOwnBudgetWhereverItComesFrom() {
        String bearer = "Bearer " + EdgeTestProfile.TOKEN_SECRET;
        from(newAddress())
                .header("Authorization", bearer)
                .get("/api/v1/facts")
                .then()
                .statusCode(200)
                .header("RateLimit-Limit", "10")
                .header("RateLimit-Remaining", "9");
        from(newAddress())
                .header("Authorization", bearer)
                .get("/api/v1/facts")
                .then()
                .statusCode(200)
                .header("RateLimit-Limit", "10")
                .header("RateLimit-Remaining", "8");
    }

    @Test
    void shouldBudgetAnUnverifiedTokenByAddress() {
        String address = newAddress();
        from(address)
                .header("Authorization", "Bearer not-a-token")
                .get("/api/v1/sources")
                .then()
                .statusCode(200)
                .header("RateLimit-Limit", "5")
                .header("RateLimit-Remaining", "4");
        from(address).get("/api/v1/sources").then().statusCode(200).header("RateLimit-Remaining", "3");
    }

    @Test
    void shouldCountErrorsAndPutTheHeadersOnThem() {
        String address = newAddress();
        from(address).get("/api/v1/clusters/steel").then().statusCode(404).header("RateLimit-Remaining", "4");
        givenUndocumented()
                .header("X-Forwarded-For", address)
                .get("/api/v1/no-such-collection")
                .then()
                .statusCode(404)
                .header("RateLimit-Remaining", "3");
    }

    @Test
    void shouldNotLimitOperatorEndpointsOrPathsOutsideTheApi() {
        String address = newAddress();
        for (int i = 0; i < 7; i++) {
            givenUndocumented()
                    .header("X-Forwarded-For", address)
                    .get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Limit", nullValue());
            givenUndocumented()
                    .header("X-Forwarded-For", address)
                    .get("/q/openapi")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Limit", nullValue());
        }
        from(address).get("/api/v1").then().statusCode(200).header("RateLimit-Remaining", "4");
    }

    @Test
    void shouldNotChargeForCorsPreflights() {
        String address = newAddress();
        for (int i = 0; i < 7; i++) {
            givenUndocumented()
                    .header("X-Forwarded-For", address)
                    .header("Origin", "https://partner.example.net")
                    .header("Access-Control-Request-Method", "GET")
                    .options("/api/v1/clusters")
                    .then()
                    .statusCode(204);
        }
        from(address).get("/api/v1/clusters").then().statusCode(200).header("RateLimit-Remaining", "4");
    }
}
