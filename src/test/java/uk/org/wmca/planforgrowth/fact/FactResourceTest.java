package uk.org.wmca.planforgrowth.fact;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Facts: every figure with unit, horizon, status and source. */
@QuarkusTest
class FactResourceTest {

    @Test
    void shouldCiteTheHeadlineGvaRangeWithItsSource() {
        given().when()
                .get("/api/v1/facts/primary-clusters-gva-uplift")
                .then()
                .statusCode(200)
                .body("data.id", equalTo("primary-clusters-gva-uplift"))
                .body("data.value", nullValue())
                .body("data.min", equalTo(2900000000L))
                .body("data.max", equalTo(3200000000L))
                .body("data.unit", equalTo("GBP"))
                .body("data.horizonYear", equalTo(2030))
                .body("data.status", equalTo("confirmed"))
                .body("data.source.id", equalTo("wmca-primary-clusters"))
                .body("data.source.url", notNullValue())
                .body("data.links.self", equalTo("/api/v1/facts/primary-clusters-gva-uplift"));
    }

    @Test
    void shouldPublishUnconfirmedFiguresWithNullValues() {
        given().when()
                .get("/api/v1/facts/life-sciences-new-jobs")
                .then()
                .statusCode(200)
                .body("data.status", equalTo("unconfirmed"))
                .body("data.value", nullValue())
                .body("data.min", nullValue())
                .body("data.max", nullValue())
                .body("data.note", notNullValue());
    }

    @Test
    void shouldGiveEveryListedFactASource() {
        given().queryParam("size", 100)
                .when()
                .get("/api/v1/facts")
                .then()
                .statusCode(200)
                .body("data.source.id", everyItem(notNullValue()))
                .body("data.status", everyItem(notNullValue()));
    }
}
