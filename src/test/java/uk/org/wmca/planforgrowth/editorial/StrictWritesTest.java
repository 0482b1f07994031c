package uk.org.wmca.planforgrowth.editorial;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static uk.org.wmca.planforgrowth.editorial.Editor.asEditor;
import static uk.org.wmca.planforgrowth.editorial.Editor.etag;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.Api;
import uk.org.wmca.planforgrowth.Tokens;

/**
 * Strict writes on every write endpoint: a scalar of the wrong JSON type is a 422 naming the member (never coerced),
 * and a member given twice is a 400; each a problem+json with the request id.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class StrictWritesTest {

    private static final String SOURCE = "/api/v1/sources/wmca-levers-of-growth";
    private static final String CLUSTER = "/api/v1/clusters/aerospace";

    @Test
    void scalarsAreNotCoercedInContentWrites() {
        // POST: "14" for an integer
        unprocessable(
                asEditor()
                        .contentType("application/json")
                        .body("{\"slug\": \"strict-new\", \"code\": \"SN\", \"position\": \"14\", \"name\": \"N\","
                                + " \"summary\": \"S.\"}")
                        .post("/api/v1/interventions"),
                "position");
        // PATCH: "false" and 0 for a boolean, 123 and true for a string
        unprocessable(mergePatch(CLUSTER, "{\"inPlanDocument\": \"false\"}"), "inPlanDocument");
        unprocessable(mergePatch(CLUSTER, "{\"inPlanDocument\": 0}"), "inPlanDocument");
        unprocessable(mergePatch(SOURCE, "{\"title\": 123}"), "title");
        unprocessable(mergePatch(SOURCE, "{\"title\": true}"), "title");
        // PUT: the whole document with one member of the wrong type
        unprocessable(
                asEditor()
                        .contentType("application/json")
                        .header("If-Match", etag(SOURCE))
                        .body("{\"id\": \"wmca-levers-of-growth\", \"title\": 7, \"publisher\": \"WMCA\","
                                + " \"url\": \"https://www.wmca.org.uk/\"}")
                        .put(SOURCE),
                "title");
        asEditor().get(SOURCE + "/revisions").then().statusCode(200).body("data[0].action", not(equalTo("updated")));
    }

    @Test
    void duplicateMembersAreRefusedOnEveryWrite() {
        String twice = "{\"title\": \"A\", \"title\": \"B\"}";
        duplicate(
                asEditor()
                        .contentType("application/json")
                        .body(
                                "{\"id\": \"dup-source\", \"id\": \"dup-source-2\", \"title\": \"T\", \"publisher\": \"P\","
                                        + " \"url\": \"https://example.org/\"}")
                        .post("/api/v1/sources"),
                "id");
        duplicate(mergePatch(SOURCE, twice), "title");
        duplicate(
                asEditor()
                        .contentType("application/json")
                        .header("If-Match", etag(SOURCE))
                        .body(
                                "{\"id\": \"wmca-levers-of-growth\", \"title\": \"A\", \"title\": \"B\", \"publisher\": \"W\","
                                        + " \"url\": \"https://www.wmca.org.uk/\"}")
                        .put(SOURCE),
                "title");
        duplicate(
                asAdmin()
                        .contentType("application/json")
                        .body("{\"name\": \"a\", \"name\": \"b\", \"role\": \"editor\"}")
                        .post("/api/v1/admin/tokens"),
                "name");
        duplicate(
                asAdmin()
                        .contentType("application/json")
                        .body(
                                "{\"url\": \"http://127.0.0.1:9/\", \"url\": \"http://127.0.0.1:9/x\", \"events\": [\"*\"]}")
                        .post("/api/v1/admin/webhooks"),
                "url");
        duplicate(
                asAdmin()
                        .contentType("application/json")
                        .body("{\"formatVersion\": 1, \"formatVersion\": 1}")
                        .post("/api/v1/admin/import"),
                "formatVersion");
    }

    @Test
    void scalarsAreNotCoercedInTokenWebhookAndImportWrites() {
        unprocessable(
                asAdmin()
                        .contentType("application/json")
                        .body("{\"name\": 123, \"role\": \"editor\"}")
                        .post("/api/v1/admin/tokens"),
                "name");
        unprocessable(
                asAdmin()
                        .contentType("application/json")
                        .body("{\"name\": true, \"role\": \"editor\"}")
                        .post("/api/v1/admin/tokens"),
                "name");
        unprocessable(
                asAdmin()
                        .contentType("application/json")
                        .body("{\"url\": \"http://127.0.0.1:9/\", \"events\": [\"*\"], \"description\": 123}")
                        .post("/api/v1/admin/webhooks"),
                "description");
        unprocessable(
                asAdmin()
                        .contentType("application/json")
                        .body("{\"url\": 123, \"events\": [\"*\"]}")
                        .post("/api/v1/admin/webhooks"),
                "url");
        Response imported = asAdmin()
                .contentType("application/json")
                .body("{\"formatVersion\": \"1\"}")
                .post("/api/v1/admin/import");
        imported.then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.name", hasItem("formatVersion"));
    }

    private static RequestSpecification asAdmin() {
        return Api.given().header("Authorization", Tokens.bearer(Tokens.admin()));
    }

    private static Response mergePatch(String path, String body) {
        return asEditor()
                .contentType(Editing.MERGE_PATCH)
                .header("If-Match", etag(path))
                .body(body)
                .patch(path);
    }

    private static void unprocessable(Response response, String member) {
        response.then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("requestId", equalTo(response.header("X-Request-Id")))
                .body("errors.name", hasItem(member))
                .body(not(containsString("java.")))
                .body(not(containsString("com.fasterxml")));
    }

    private static void duplicate(Response response, String member) {
        response.then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("requestId", equalTo(response.header("X-Request-Id")))
                .body("detail", containsString("'" + member + "'"));
    }
}
