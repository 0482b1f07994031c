package uk.org.wmca.planforgrowth.source;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Sources: the publications the content cites. */
@QuarkusTest
class SourceResourceTest {

    @Test
    void shouldListSourcesWithHttpsAddresses() {
        given().queryParam("size", 100)
                .when()
                .get("/api/v1/sources")
                .then()
                .statusCode(200)
                .body("data.url", everyItem(startsWith("http")))
                .body("data.links.self", everyItem(startsWith("/api/v1/sources/")));
    }

    @Test
    void shouldReturnOneSource() {
        given().when()
                .get("/api/v1/sources/wmca-primary-clusters")
                .then()
                .statusCode(200)
                .body("data.publisher", equalTo("West Midlands Combined Authority"))
                .body("data.url", startsWith("https://www.wmca.org.uk/"));
    }
}
