package uk.org.wmca.planforgrowth.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The contract every single-item resource shares: envelope, 404, strict parameters, 405, 406, HEAD. */
@QuarkusTest
class DetailContractTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/plan",
                "/api/v1/themes/investor-engagement",
                "/api/v1/clusters/aerospace",
                "/api/v1/interventions/early-growth-fund",
                "/api/v1/places/coventry",
                "/api/v1/facts/ukspf-allocation",
                "/api/v1/sources/wmca-primary-clusters",
                "/api/v1"
            })
    void shouldWrapItemInEnvelopeWithSelfLinkAndAttribution(String path) {
        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("links.self", equalTo(path))
                .body("meta.source.title", equalTo("West Midlands Plan for Growth"))
                .body("meta.page", equalTo(null));
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/themes/levelling-up, theme",
        "/api/v1/clusters/steel, cluster",
        "/api/v1/interventions/sixth-intervention, intervention",
        "/api/v1/places/E08000099, place",
        "/api/v1/places/warwick, place",
        "/api/v1/facts/made-up-figure, fact",
        "/api/v1/sources/wikipedia, source"
    })
    void shouldAnswer404ProblemForUnknownId(String path, String kind) {
        String requestId = given().when()
                .get(path)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Not Found"))
                .body("status", equalTo(404))
                .body("detail", containsString("No " + kind + " has the "))
                .body("instance", equalTo(path))
                .extract()
                .header("X-Request-Id");
        given().when().get(path).then().body("requestId", org.hamcrest.Matchers.not(equalTo(requestId)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1",
                "/api/v1/plan",
                "/api/v1/clusters/aerospace",
                "/api/v1/places/E08000025",
                "/api/v1/themes/investor-engagement",
                "/api/v1/interventions/early-growth-fund",
                "/api/v1/facts/ukspf-allocation",
                "/api/v1/sources/wmca-primary-clusters"
            })
    void shouldRejectAnyQueryParameterOnItems(String path) {
        given().queryParam("page", 1)
                .when()
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].name", equalTo("page"))
                .body("errors[0].message", containsString("Unknown parameter 'page'"));
    }

    @ParameterizedTest
    @CsvSource({
        "DELETE, /api/v1/plan, 'GET, HEAD, OPTIONS, PATCH, PUT'",
        "POST, /api/v1/clusters/aerospace, 'DELETE, GET, HEAD, OPTIONS, PATCH, PUT'",
        "DELETE, /api/v1/themes, 'GET, HEAD, OPTIONS, POST'",
        "PUT, /api/v1/clusters/aerospace/revisions, 'GET, HEAD, OPTIONS'"
    })
    void shouldAnswer405ProblemForWrongMethod(String method, String path, String allow) {
        io.restassured.RestAssured.given()
                .when()
                .request(method, path)
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", equalTo(allow))
                .body("status", equalTo(405))
                .body("title", equalTo("Method Not Allowed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/plan", "/api/v1/clusters/aerospace"})
    void shouldAnswerHeadWithHeadersAndNoBody(String path) {
        given().when()
                .head(path)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body(emptyString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1", "/api/v1/plan", "/api/v1/clusters/aerospace", "/api/v1/facts/ukspf-allocation"})
    void shouldAnswer406ForXml(String path) {
        given().accept("application/xml")
                .when()
                .get(path)
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("instance", equalTo(path));
    }
}
