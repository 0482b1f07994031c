package uk.org.wmca.planforgrowth.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.Api;
import uk.org.wmca.planforgrowth.Tokens;

/**
 * RFC 9110 dates and negotiation: a Date on every response, IMF-fixdates, problem+json acceptable wherever an error
 * can be answered, and format= winning over Accept whether or not the URL is cached.
 */
@QuarkusTest
class HttpDatesAndAcceptTest {

    /** IMF-fixdate (RFC 9110 section 5.6.7): fixed width, two-digit day, GMT. */
    private static final String IMF_FIXDATE = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2}"
            + " (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT";

    @Test
    void shouldWriteAnImfFixdateWithATwoDigitDay() {
        assertEquals("Sun, 06 Dec 2026 09:05:03 GMT", HttpDates.format(Instant.parse("2026-12-06T09:05:03Z")));
        assertEquals("Thu, 01 Jan 1970 00:00:00 GMT", HttpDates.format(Instant.EPOCH));
    }

    @Test
    void shouldSendADateOnEveryResponseWhicheverLayerWritesIt() {
        String fresh = "/api/v1/clusters?size=13&sort=name";
        assertDated(given().get(fresh), 200); // rendered by the REST layer
        assertDated(given().get(fresh), 200); // served from memory
        String etag = given().get(fresh).header("ETag");
        assertDated(given().header("If-None-Match", etag).get(fresh), 304);
        assertDated(given().get("/api/v1/clusters/steel"), 404);
        assertDated(given().queryParam("size", 0).get("/api/v1/clusters"), 400);
        assertDated(given().accept("application/xml").get("/api/v1/plan"), 406);
        assertDated(given().get("/api/v1/admin/tokens"), 401);
        assertDated(given().delete("/api/v1/plan"), 405);
        assertDated(Api.givenUndocumented().get("/no/such/route"), 404);
        assertDated(given().get("/embed/clusters/aerospace"), 200);
        assertDated(given().get("/"), 200);
    }

    private static void assertDated(Response response, int status) {
        assertEquals(status, response.statusCode());
        String date = response.header("Date");
        org.hamcrest.MatcherAssert.assertThat(date, matchesPattern(IMF_FIXDATE));
        Instant sent = ZonedDateTime.parse(date, HttpDates.IMF_FIXDATE).toInstant();
        assertTrue(
                Duration.between(sent, Instant.now()).abs().toSeconds() < 60,
                "the Date is the time of the answer: " + date);
    }

    @Test
    void shouldWriteLastModifiedAsAnImfFixdateFromTheRestLayerAndFromMemory() {
        String path = "/api/v1/places?size=11";
        String first = given().get(path).then().statusCode(200).extract().header("Last-Modified");
        String second = given().get(path).then().statusCode(200).extract().header("Last-Modified");
        org.hamcrest.MatcherAssert.assertThat(first, matchesPattern(IMF_FIXDATE));
        assertEquals(first, second);
        given().header("If-Modified-Since", first).get(path).then().statusCode(304);
    }

    @Test
    void shouldAcceptProblemJsonWhereverAnErrorCanBeAnswered() {
        given().accept(AcceptRules.PROBLEM_JSON)
                .get("/api/v1/clusters/steel")
                .then()
                .statusCode(404)
                .contentType(AcceptRules.PROBLEM_JSON)
                .body("status", equalTo(404));
        given().accept(AcceptRules.PROBLEM_JSON)
                .queryParam("sort", "colour")
                .get("/api/v1/places")
                .then()
                .statusCode(400)
                .contentType(AcceptRules.PROBLEM_JSON);
        given().accept(AcceptRules.PROBLEM_JSON)
                .get("/embed/clusters/steel")
                .then()
                .statusCode(404)
                .contentType(AcceptRules.PROBLEM_JSON);
        given().accept(AcceptRules.PROBLEM_JSON)
                .get("/api/v1/admin/tokens")
                .then()
                .statusCode(401)
                .contentType(AcceptRules.PROBLEM_JSON);
        given().accept(AcceptRules.PROBLEM_JSON)
                .header("Authorization", Tokens.bearer(Tokens.admin()))
                .delete("/api/v1/admin/tokens/987654321")
                .then()
                .statusCode(404)
                .contentType(AcceptRules.PROBLEM_JSON);
    }

    @Test
    void shouldAcceptProblemJsonForABodilessAnswer() {
        String secret = Tokens.create("accept-problem-" + UUID.randomUUID(), "editor");
        given().accept(AcceptRules.PROBLEM_JSON)
                .header("Authorization", Tokens.bearer(Tokens.admin()))
                .delete("/api/v1/admin/tokens/" + Tokens.idOf(secret))
                .then()
                .statusCode(204);
    }

    @Test
    void shouldAnswerASuccessInItsOwnTypeToAClientThatAcceptsProblemJsonAlikeCachedOrNot() {
        String path = "/api/v1/clusters/aerospace?include=themes";
        for (int i = 0; i < 2; i++) {
            given().accept(AcceptRules.PROBLEM_JSON)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType("application/json")
                    .body("data.slug", equalTo("aerospace"));
        }
        given().accept(AcceptRules.PROBLEM_JSON + ", text/html;q=0.5")
                .get("/api/v1/clusters/aerospace")
                .then()
                .statusCode(200)
                .contentType("text/html");
        given().accept("application/xml").get(path).then().statusCode(406);
    }

    @Test
    void shouldLetFormatJsonWinOverAConflictingAcceptWhetherOrNotTheUrlIsCached() {
        String path = "/api/v1/clusters?kind=nascent&size=3&format=json";
        Response first = given().accept("text/html").get(path);
        Response second = given().accept("text/html").get(path);
        for (Response response : new Response[] {first, second}) {
            response.then().statusCode(200).contentType("application/json").body("data[0].kind", equalTo("nascent"));
        }
        assertEquals(first.asString(), second.asString());
        assertEquals(first.header("ETag"), second.header("ETag"));
    }

    @Test
    void shouldLetFormatCsvWinOverAConflictingAcceptWhetherOrNotTheUrlIsCached() {
        String path = "/api/v1/themes?size=2&format=csv";
        for (int i = 0; i < 2; i++) {
            given().accept("application/json")
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType("text/csv")
                    .body(startsWith("slug,"));
        }
    }

    @Test
    void shouldLetFormatFragmentWinOverAConflictingAcceptWhetherOrNotTheUrlIsCached() {
        String path = "/api/v1/places/coventry?format=fragment";
        for (int i = 0; i < 2; i++) {
            given().accept("application/json").get(path).then().statusCode(200).contentType("text/html");
        }
    }
}
