package uk.org.wmca.planforgrowth.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rules the generated OpenAPI document must keep, beyond what the linters check. */
@QuarkusTest
class OpenApiDocumentTest {

    private JsonNode spec;

    @BeforeEach
    void readServedSpec() throws Exception {
        spec = new ObjectMapper()
                .readTree(RestAssured.given()
                        .queryParam("format", "json")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    @Test
    void shouldLetEveryPropertyThatMayBeNullSayNullInItsType() {
        List<String> wrong = new ArrayList<>();
        walk("#", spec.get("components"), wrong);
        assertTrue(wrong.isEmpty(), "nullable via anyOf but type rejects null: " + wrong);
    }

    @Test
    void shouldGiveEveryPublicReadIdTagSummaryDescriptionPublicSecurityAndErrors() {
        Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields();
        int operations = 0;
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/api/v1/admin/")) {
                continue; // needs a token: see shouldGiveEveryAdminOperationBearerSecurityEveryStatusAndExamples
            }
            if (!path.getKey().startsWith("/api/v1")) {
                continue; // HTML and oEmbed: see shouldDocumentTheEmbedsAndTheHtmlCardsOfItems
            }
            JsonNode get = path.getValue().get("get");
            String where = "GET " + path.getKey();
            if (get == null || isEditorial(get)) {
                continue;
            }
            assertTrue(get.hasNonNull("operationId"), where);
            assertTrue(get.get("tags").size() > 0, where);
            assertTrue(get.hasNonNull("summary") && get.hasNonNull("description"), where);
            assertEquals(0, get.get("security").size(), where + " must declare security: []");
            for (String status : List.of("200", "400", "406", "429", "500", "503")) {
                assertTrue(get.get("responses").has(status), where + " documents no " + status);
            }
            if (path.getKey().startsWith("/api/v1/changes")) {
                // the change feed: JSON and Atom, with cursors that can expire
                for (String status : List.of("304", "410")) {
                    assertTrue(get.get("responses").has(status), where + " documents no " + status);
                }
                JsonNode atom = get.at("/responses/200/content/application~1atom+xml");
                assertTrue(atom.has("examples") && atom.get("examples").size() > 0, where + " has no Atom example");
                operations++;
                if (path.getKey().endsWith(".atom")) {
                    continue;
                }
            }
            if (path.getKey().contains("{")) {
                assertTrue(get.get("responses").has("404"), where + " documents no 404");
            }
            JsonNode ok = get.at("/responses/200/content/application~1json");
            assertTrue(ok.has("schema"), where + " 200 has no schema");
            assertTrue(ok.has("examples") && ok.get("examples").size() > 0, where + " 200 has no example");
            if (path.getKey().matches("/api/v1/[a-z]+")
                    && !path.getKey().endsWith("/plan")
                    && !path.getKey().endsWith("/changes")
                    && !path.getKey().endsWith("/search")) {
                JsonNode csv = get.at("/responses/200/content/text~1csv");
                assertTrue(csv.has("examples") && csv.get("examples").size() > 0, where + " has no CSV example");
                assertTrue(csv.at("/schema/description").asText().startsWith("CSV columns"), where);
                List<String> parameters = new ArrayList<>();
                get.get("parameters").forEach(p -> parameters.add(p.get("name").asText()));
                assertTrue(
                        parameters.containsAll(List.of("q", "sort", "fields", "format", "page", "size", "preview")),
                        where + " documents its query language: " + parameters);
                get.get("parameters")
                        .forEach(p -> assertTrue(
                                p.at("/schema/examples").size() > 0 && p.has("description") && p.has("schema"),
                                where + " " + p.get("name") + " has a description, schema and example"));
            }
            if (!path.getKey().startsWith("/api/v1/changes")) {
                operations++;
            }
        }
        assertEquals(17, operations);
    }

    /**
     * Swagger UI's "Try it out" sends the {@code example} of every parameter: an optional one keeps its examples in
     * its schema, so that a call tried as it stands sends only what the reader typed (and the required path
     * parameters, whose examples make it work). A parameter example such as preview=true would make it a 401.
     */
    @Test
    void shouldKeepTheExamplesOfOptionalParametersInTheirSchemas() {
        List<String> prefilled = new ArrayList<>();
        int optional = 0;
        Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    String where = operation.getKey() + " " + path.getKey() + " "
                            + parameter.path("name").asText();
                    if (parameter.path("required").asBoolean(false)) {
                        assertTrue(
                                parameter.has("example") || parameter.has("examples"),
                                where + " is required and has no example to try");
                        continue;
                    }
                    optional++;
                    if (parameter.has("example") || parameter.has("examples")) {
                        prefilled.add(where);
                    }
                }
            }
        }
        assertEquals(List.of(), prefilled, "optional parameters Swagger UI would fill in");
        JsonNode preview = parameter("/api/v1/clusters", "preview");
        assertEquals("[true]", preview.at("/schema/examples").toString(), "preview's example is documented");
        JsonNode kind = parameter("/api/v1/clusters", "kind");
        assertEquals("[[\"primary\"]]", kind.at("/schema/examples").toString(), "a comma list's example is a list");
        assertTrue(optional > 100, "optional parameters seen: " + optional);
    }

    private JsonNode parameter(String path, String name) {
        for (JsonNode parameter : spec.get("paths").get(path).get("get").get("parameters")) {
            if (parameter.get("name").asText().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError(path + " has no parameter " + name);
    }

    /**
     * The embed cards are public HTML pages with every status, the theme parameter and an example; the items that
     * have cards document their HTML alternative and the format parameter.
     */
    @Test
    void shouldDocumentTheEmbedsAndTheHtmlCardsOfItems() {
        for (String path : List.of("/embed/clusters/{slug}", "/embed/themes/{slug}", "/embed/places/{slugOrGssCode}")) {
            JsonNode get = spec.get("paths").get(path).get("get");
            assertTrue(get.hasNonNull("operationId") && get.hasNonNull("summary") && get.hasNonNull("description"));
            assertEquals("Embeds", get.get("tags").get(0).asText(), path);
            assertEquals(0, get.get("security").size(), path + " must declare security: []");
            for (String status : List.of("200", "304", "400", "404", "406", "429", "500", "503")) {
                assertTrue(get.get("responses").has(status), path + " documents no " + status);
            }
            JsonNode html = get.at("/responses/200/content/text~1html");
            assertEquals("string", html.at("/schema/type").asText(), path);
            assertTrue(html.get("examples").size() > 0, path + " has an example");
            assertTrue(get.at("/responses/200/content/application~1json").isMissingNode(), path);
            List<String> parameters = new ArrayList<>();
            get.get("parameters").forEach(p -> parameters.add(p.get("name").asText()));
            assertTrue(parameters.contains("theme") && parameters.contains("If-None-Match"), path + parameters);
        }
        for (String path :
                List.of("/api/v1/clusters/{slug}", "/api/v1/themes/{slug}", "/api/v1/places/{slugOrGssCode}")) {
            JsonNode get = spec.get("paths").get(path).get("get");
            JsonNode html = get.at("/responses/200/content/text~1html");
            assertEquals("string", html.at("/schema/type").asText(), path);
            assertTrue(html.get("examples").size() > 0, path + " has an HTML example");
            assertTrue(get.get("description").asText().contains("format=fragment"), path);
            boolean format = false;
            for (JsonNode parameter : get.get("parameters")) {
                if (parameter.get("name").asText().equals("format")) {
                    format = true;
                    assertEquals(
                            "[\"json\",\"fragment\"]",
                            parameter.at("/schema/enum").toString(),
                            path);
                }
            }
            assertTrue(format, path + " documents format");
        }
        JsonNode oembed = spec.at("/paths/~1oembed/get");
        assertEquals(0, oembed.get("security").size());
        for (String status : List.of("200", "304", "400", "404", "406", "429", "500", "501", "503")) {
            assertTrue(oembed.get("responses").has(status), "/oembed documents no " + status);
        }
        assertEquals(
                "[{\"$ref\":\"#/components/schemas/OEmbed\"},{\"$ref\":\"#/components/schemas/OEmbedLink\"}]",
                oembed.at("/responses/200/content/application~1json/schema/oneOf")
                        .toString(),
                "rich for a card, link for the landing page");
        assertTrue(
                oembed.at("/responses/200/content/application~1json/examples").size() > 0);
        JsonNode fact = spec.at("/paths/~1api~1v1~1facts~1{id}/get/responses/200/content");
        assertFalse(fact.has("text/html"), "facts have no card");
    }

    /**
     * Every editorial operation (writes, working copies, revisions) needs the bearer token, documents each status it
     * can answer with an example problem, and shows an example of every request body.
     */
    @Test
    void shouldGiveEveryEditorialOperationTheBearerSchemeEveryStatusAndExamples() {
        Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields();
        int operations = 0;
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode operation = method.getValue();
                String where = method.getKey().toUpperCase() + " " + path.getKey();
                if (!operation.isObject()
                        || !operation.has("operationId")
                        || !isEditorial(operation)
                        || path.getKey().startsWith("/api/v1/admin/")) {
                    continue;
                }
                assertTrue(operation.hasNonNull("summary") && operation.hasNonNull("description"), where);
                assertTrue(operation.get("tags").size() > 0, where);
                JsonNode responses = operation.get("responses");
                List<String> statuses = new ArrayList<>();
                responses.fieldNames().forEachRemaining(statuses::add);
                List<String> needed = new ArrayList<>(List.of("400", "401", "403", "500", "503"));
                boolean read = method.getKey().equals("get");
                boolean create = method.getKey().equals("post") && path.getKey().matches("/api/v1/[a-z]+");
                if (!create && !path.getKey().equals("/api/v1/drafts")) {
                    needed.add("404");
                }
                if (!read && !create) {
                    needed.addAll(List.of("409", "412", "428"));
                }
                if (operation.has("requestBody")) {
                    needed.addAll(List.of("413", "415", "422"));
                    operation
                            .get("requestBody")
                            .get("content")
                            .forEach(media -> assertTrue(
                                    media.has("examples")
                                            && media.get("examples").size() > 0,
                                    where + " has no request body example"));
                }
                assertTrue(statuses.containsAll(needed), where + " documents " + statuses + ", needs " + needed);
                responses.fields().forEachRemaining(response -> {
                    if (response.getKey().startsWith("4")) {
                        JsonNode problem = response.getValue().at("/content/application~1problem+json");
                        assertTrue(
                                problem.has("examples")
                                        || problem.has("example")
                                        || response.getValue().has("$ref"),
                                where + " " + response.getKey() + " has no example");
                    }
                });
                operations++;
            }
        }
        assertTrue(operations >= 60, "editorial operations documented: " + operations);
    }

    private static boolean isEditorial(JsonNode operation) {
        JsonNode security = operation.get("security");
        return security != null && security.size() > 0;
    }

    @Test
    void shouldGiveEveryAdminOperationBearerSecurityEveryStatusAndExamples() {
        assertEquals(
                "http", spec.at("/components/securitySchemes/bearerAuth/type").asText());
        assertEquals(
                "bearer",
                spec.at("/components/securitySchemes/bearerAuth/scheme").asText());
        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry(
                        "post /api/v1/admin/tokens",
                        List.of(
                                "201", "400", "401", "403", "406", "408", "409", "413", "415", "422", "429", "500",
                                "503")),
                Map.entry("get /api/v1/admin/tokens", List.of("200", "400", "401", "403", "406", "429", "500", "503")),
                Map.entry(
                        "get /api/v1/admin/tokens/{id}",
                        List.of("200", "400", "401", "403", "404", "406", "429", "500", "503")),
                Map.entry(
                        "delete /api/v1/admin/tokens/{id}",
                        List.of("204", "400", "401", "403", "404", "406", "413", "429", "500", "503")),
                Map.entry("get /api/v1/admin/export", List.of("200", "400", "401", "403", "406", "429", "500", "503")),
                Map.entry(
                        "post /api/v1/admin/import",
                        List.of(
                                "200", "400", "401", "403", "406", "408", "409", "413", "415", "422", "429", "500",
                                "503")),
                Map.entry(
                        "post /api/v1/admin/webhooks",
                        List.of("201", "400", "401", "403", "406", "408", "413", "415", "422", "429", "500", "503")),
                Map.entry(
                        "get /api/v1/admin/webhooks", List.of("200", "400", "401", "403", "406", "429", "500", "503")),
                Map.entry(
                        "get /api/v1/admin/webhooks/{id}",
                        List.of("200", "400", "401", "403", "404", "406", "429", "500", "503")),
                Map.entry(
                        "patch /api/v1/admin/webhooks/{id}",
                        List.of(
                                "200", "400", "401", "403", "404", "406", "408", "413", "415", "422", "429", "500",
                                "503")),
                Map.entry(
                        "delete /api/v1/admin/webhooks/{id}",
                        List.of("204", "400", "401", "403", "404", "406", "413", "429", "500", "503")),
                Map.entry(
                        "post /api/v1/admin/webhooks/{id}/rotate-secret",
                        List.of("200", "400", "401", "403", "404", "406", "409", "413", "429", "500", "503")),
                Map.entry(
                        "delete /api/v1/admin/webhooks/{id}/previous-secret",
                        List.of("204", "400", "401", "403", "404", "406", "413", "429", "500", "503")),
                Map.entry(
                        "get /api/v1/admin/webhooks/{id}/deliveries",
                        List.of("200", "400", "401", "403", "404", "406", "429", "500", "503")));
        JsonNode components = spec.get("components").get("responses");
        expected.forEach((key, statuses) -> {
            String[] methodAndPath = key.split(" ");
            JsonNode operation = spec.get("paths").get(methodAndPath[1]).get(methodAndPath[0]);
            assertFalse(operation == null, key);
            assertEquals("[{\"bearerAuth\":[]}]", operation.get("security").toString(), key + " needs bearerAuth");
            assertTrue(operation.hasNonNull("summary") && operation.hasNonNull("description"), key);
            List<String> documented = new ArrayList<>();
            operation.get("responses").fieldNames().forEachRemaining(documented::add);
            assertEquals(
                    statuses.stream().sorted().toList(),
                    documented.stream().sorted().toList(),
                    key);
            operation.get("responses").fields().forEachRemaining(response -> {
                JsonNode body = response.getValue().has("$ref")
                        ? components.get(
                                response.getValue().get("$ref").asText().replace("#/components/responses/", ""))
                        : response.getValue();
                if (!response.getKey().equals("204")) {
                    JsonNode content = body.get("content").elements().next();
                    assertTrue(
                            content.has("examples") && content.get("examples").size() > 0,
                            key + " " + response.getKey() + " has an example");
                }
            });
            assertFalse(operation.get("responses").has("304"), key + " is never cached");
        });
        JsonNode requestBody = spec.at("/paths/~1api~1v1~1admin~1tokens/post/requestBody/content/application~1json");
        assertTrue(requestBody.get("examples").size() >= 2, "request body examples");
        assertEquals(
                "#/components/schemas/TokenInput",
                requestBody.at("/schema/$ref").asText());
        JsonNode backup = spec.at("/paths/~1api~1v1~1admin~1import/post/requestBody/content/application~1json");
        assertEquals("#/components/schemas/Backup", backup.at("/schema/$ref").asText());
        assertEquals(
                "plan-for-growth-backup",
                backup.at("/examples/backup/value/format").asText(),
                "the import's example is an export");
    }

    private static void walk(String pointer, JsonNode node, List<String> wrong) {
        if (node == null || !node.isContainerNode()) {
            return;
        }
        if (node.isObject() && node.has("anyOf") && node.has("type")) {
            boolean anyOfAllowsNull = false;
            for (JsonNode option : node.get("anyOf")) {
                anyOfAllowsNull |= "null".equals(option.path("type").asText());
            }
            boolean typeAllowsNull = node.get("type").isArray()
                    ? node.get("type").toString().contains("\"null\"")
                    : "null".equals(node.get("type").asText());
            if (anyOfAllowsNull && !typeAllowsNull) {
                wrong.add(pointer);
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            walk(pointer + "/" + field.getKey(), field.getValue(), wrong);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(pointer + "/" + i, node.get(i), wrong);
            }
        }
    }
}
