package uk.org.wmca.planforgrowth.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.Api.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.TestDatabases;
import uk.org.wmca.planforgrowth.Tokens;

/**
 * Sends every request example in the spec to its operation, as a client copying it from the documentation would, and
 * checks that the answer is the operation's documented success status (and matches the spec, through {@code Api}).
 * Writes run in the spec's order on a database of their own; each conditional write sends the item's current ETag.
 */
@QuarkusTest
@TestProfile(SpecExamplesTest.Profile.class)
class SpecExamplesTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", TestDatabases.url("spec-examples"));
        }
    }

    @Test
    void everyRequestExampleInTheSpecIsAnsweredWithItsDocumentedStatus() throws IOException {
        JsonNode spec =
                new ObjectMapper().readTree(Path.of("openapi/openapi.json").toFile());
        String admin = Tokens.admin();
        String editor = Tokens.editor();
        List<String> sent = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode operation = method.getValue();
                Iterator<Map.Entry<String, JsonNode>> media =
                        operation.path("requestBody").path("content").fields();
                while (media.hasNext()) {
                    Map.Entry<String, JsonNode> type = media.next();
                    Iterator<Map.Entry<String, JsonNode>> examples =
                            type.getValue().path("examples").fields();
                    while (examples.hasNext()) {
                        Map.Entry<String, JsonNode> example = examples.next();
                        boolean adminOnly = path.getKey().startsWith("/api/v1/admin");
                        String token = adminOnly ? admin : editor;
                        String target = resolve(path.getKey(), operation, token);
                        String expected = documentedStatus(operation, path.getKey());
                        RequestSpecification request = given().header("Authorization", Tokens.bearer(token))
                                .contentType(type.getKey())
                                .body(example.getValue().path("value").toString());
                        if (takesIfMatch(operation)) {
                            request.header("If-Match", currentEtag(target, token));
                        }
                        Response response = request.request(method.getKey().toUpperCase(), target);
                        String what =
                                method.getKey().toUpperCase() + " " + target + " (example '" + example.getKey() + "')";
                        if (unresolvableWebhookHost(path.getKey(), response)) {
                            sent.add(what); // valid; only this machine cannot resolve the example's host
                            continue;
                        }
                        assertEquals(
                                Integer.parseInt(expected),
                                response.statusCode(),
                                what + " answered " + response.asString());
                        sent.add(what);
                    }
                }
            }
        }
        assertTrue(sent.size() >= 25, "request examples sent: " + sent);
    }

    /**
     * A webhook is checked against DNS when it is created: the example's partner host resolves where the API runs, not
     * on a test machine without DNS. Its only refusal may then be that one (anything else about the example fails).
     */
    private static boolean unresolvableWebhookHost(String path, Response response) {
        return path.equals("/api/v1/admin/webhooks")
                && response.statusCode() == 422
                && response.jsonPath().getList("errors").size() == 1
                && response.jsonPath().getString("errors[0].message").endsWith("does not resolve.");
    }

    /**
     * The documented success status; the import example (an export of a full database) is documented with 409 on a
     * database that is not empty, as this one is.
     */
    private static String documentedStatus(JsonNode operation, String path) {
        if (path.equals("/api/v1/admin/import")) {
            assertTrue(operation.path("responses").has("409"));
            return "409";
        }
        Iterator<String> statuses = operation.path("responses").fieldNames();
        while (statuses.hasNext()) {
            String status = statuses.next();
            if (status.startsWith("2")) {
                return status;
            }
        }
        throw new AssertionError("no success status documented for " + path);
    }

    private static boolean takesIfMatch(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asText().equals("If-Match")) {
                assertTrue(parameter.path("required").asBoolean(), "If-Match is required (428 without it)");
                return true;
            }
        }
        return false;
    }

    /** The path with its parameter's example; a webhook's id is one created for the purpose. */
    private static String resolve(String path, JsonNode operation, String admin) {
        if (path.contains("/admin/webhooks/{id}")) {
            int id = given().header("Authorization", Tokens.bearer(admin))
                    .contentType("application/json")
                    .body(Map.of(
                            "url",
                            "http://127.0.0.1:9/hooks/examples",
                            "events",
                            List.of("*.published"))) // private hosts: tests only
                    .post("/api/v1/admin/webhooks")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("data.id");
            return path.replace("{id}", String.valueOf(id));
        }
        String resolved = path;
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("path")) {
                JsonNode example = parameter.has("example")
                        ? parameter.path("example")
                        : parameter.path("schema").path("examples").path(0);
                resolved = resolved.replace("{" + parameter.path("name").asText() + "}", example.asText());
            }
        }
        return resolved;
    }

    private static String currentEtag(String itemPath, String token) {
        return given().header("Authorization", Tokens.bearer(token))
                .get(itemPath + "/draft")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
