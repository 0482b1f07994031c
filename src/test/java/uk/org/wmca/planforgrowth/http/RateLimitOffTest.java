package uk.org.wmca.planforgrowth.http;

import static org.hamcrest.Matchers.nullValue;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** With rate limiting off (as in the test profile), nothing is counted and no RateLimit headers are sent. */
@QuarkusTest
class RateLimitOffTest {

    @Test
    void shouldSendNoRateLimitHeadersWhenOff() {
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/plan")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Limit", nullValue())
                    .header("RateLimit-Remaining", nullValue())
                    .header("RateLimit-Reset", nullValue());
        }
        given().get("/api/v1/clusters/steel").then().statusCode(404).header("RateLimit-Limit", nullValue());
    }
}
