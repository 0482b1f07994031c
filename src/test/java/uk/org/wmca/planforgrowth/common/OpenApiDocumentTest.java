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
    void shouldGiveEveryOperationIdTagSummaryDescriptionPublicSecurityAndErrors() {
        Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields();
        int operations = 0;
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().get("get");
            String where = "GET " + path.getKey();
            assertFalse(get == null, where);
            assertTrue(get.hasNonNull("operationId"), where);
            assertTrue(get.get("tags").size() > 0, where);
            assertTrue(get.hasNonNull("summary") && get.hasNonNull("description"), where);
            assertEquals(0, get.get("security").size(), where + " must declare security: []");
            for (String status : List.of("200", "400", "406", "429", "500")) {
                assertTrue(get.get("responses").has(status), where + " documents no " + status);
            }
            if (path.getKey().contains("{")) {
                assertTrue(get.get("responses").has("404"), where + " documents no 404");
            }
            JsonNode ok = get.at("/responses/200/content/application~1json");
            assertTrue(ok.has("schema"), where + " 200 has no schema");
            assertTrue(ok.has("examples") && ok.get("examples").size() > 0, where + " 200 has no example");
            if (path.getKey().matches("/api/v1/[a-z]+")
                    && !path.getKey().endsWith("/plan")
                    && !path.getKey().endsWith("/search")) {
                JsonNode csv = get.at("/responses/200/content/text~1csv");
                assertTrue(csv.has("examples") && csv.get("examples").size() > 0, where + " has no CSV example");
                assertTrue(csv.at("/schema/description").asText().startsWith("CSV columns"), where);
                List<String> parameters = new ArrayList<>();
                get.get("parameters").forEach(p -> parameters.add(p.get("name").asText()));
                assertTrue(
                        parameters.containsAll(List.of("q", "sort", "fields", "format", "page", "size")),
                        where + " documents its query language: " + parameters);
                get.get("parameters")
                        .forEach(p -> assertTrue(
                                p.has("example") && p.has("description") && p.has("schema"),
                                where + " " + p.get("name") + " has a description, schema and example"));
            }
            operations++;
        }
        assertEquals(15, operations);
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
