package uk.org.wmca.planforgrowth.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.Api;
import uk.org.wmca.planforgrowth.Tokens;
import uk.org.wmca.planforgrowth.editorial.EditingProfile;

/**
 * A NUL character (U+0000, escaped in JSON) in any string of a write body is a 422 naming the member, on every
 * write and on every database: PostgreSQL refuses NUL in text, H2 stores it, and the check is made while the body is
 * read, before either sees it. A raw NUL byte inside a JSON string is not JSON at all: 400.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class NulInBodiesTest {

    private static final String NUL = "\\u0000"; // the JSON escape, as a client sends it
    private static final String SOURCE = "/api/v1/sources/wmca-levers-of-growth";

    @Test
    void aNulInAContentWriteIsRefusedNamingTheMember() {
        refused(
                editor().contentType("application/json")
                        .body("{\"slug\": \"nul-new\", \"code\": \"NL\", \"position\": 14, \"name\": \"N" + NUL
                                + "\", \"summary\": \"S.\"}")
                        .post("/api/v1/interventions"),
                "name");
        refused(
                editor().contentType("application/merge-patch+json")
                        .header("If-Match", etag(SOURCE))
                        .body("{\"title\": \"Levers" + NUL + " of growth\"}")
                        .patch(SOURCE),
                "title");
        refused(
                editor().contentType("application/json")
                        .header("If-Match", etag(SOURCE))
                        .body("{\"id\": \"wmca-levers-of-growth\", \"title\": \"T\", \"publisher\": \"" + NUL
                                + "\", \"url\": \"https://www.wmca.org.uk/\"}")
                        .put(SOURCE),
                "publisher");
        editor().get(SOURCE).then().statusCode(200).body(not(containsString("\\u0000")));
    }

    @Test
    void aNulInATokenWebhookOrImportIsRefusedNamingTheMember() {
        refused(
                admin().contentType("application/json")
                        .body("{\"name\": \"ci" + NUL + "\", \"role\": \"editor\"}")
                        .post("/api/v1/admin/tokens"),
                "name");
        refused(
                admin().contentType("application/json")
                        .body("{\"url\": \"http://127.0.0.1:9/\", \"events\": [\"*\"], \"description\": \"" + NUL
                                + "\"}")
                        .post("/api/v1/admin/webhooks"),
                "description");
        refused(
                admin().contentType("application/json")
                        .body("{\"url\": \"http://127.0.0.1:9/\", \"events\": [\"item." + NUL + "\"]}")
                        .post("/api/v1/admin/webhooks"),
                "events.0");
        refused(
                admin().contentType("application/json")
                        .body("{\"format\": \"x" + NUL + "\", \"formatVersion\": 1}")
                        .post("/api/v1/admin/import"),
                "format");
    }

    @Test
    void aRawNulByteInAJsonStringIsNotJson() {
        Response response = admin().contentType("application/json")
                .body("{\"name\": \"ci\u0000\", \"role\": \"editor\"}")
                .post("/api/v1/admin/tokens");
        response.then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("requestId", equalTo(response.header("X-Request-Id")));
    }

    private static RequestSpecification editor() {
        return Api.given().header("Authorization", Tokens.bearer(Tokens.editor()));
    }

    private static RequestSpecification admin() {
        return Api.given().header("Authorization", Tokens.bearer(Tokens.admin()));
    }

    private static String etag(String path) {
        return editor().get(path + "/revisions")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static void refused(Response response, String member) {
        response.then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("requestId", equalTo(response.header("X-Request-Id")))
                .body("errors.name", hasItem(member))
                .body("errors.message", hasItem(containsString("NUL")))
                .body(not(containsString("java.")))
                .body(not(containsString("com.fasterxml")));
    }
}
