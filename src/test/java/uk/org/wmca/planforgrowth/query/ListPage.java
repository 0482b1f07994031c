package uk.org.wmca.planforgrowth.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.List;

/** A 200 JSON answer to a list request: the {@code {data, meta, links}} envelope. */
record ListPage(JsonNode body) {

    /** Reads an answer that must be a 200 JSON envelope. */
    static ListPage of(Object request, Response response) {
        String text = response.asString();
        assertEquals(200, response.statusCode(), () -> request + " answered " + response.statusCode() + ": " + text);
        assertTrue(
                response.contentType().startsWith("application/json"),
                () -> request + " answered " + response.contentType());
        return new ListPage(Json.parse(text));
    }

    List<JsonNode> items() {
        return Json.elements(body.get("data"));
    }

    /** The item keys, where the items have them (a fieldset may leave them out). */
    List<String> keys(String key) {
        return items().stream()
                .filter(item -> item.has(key))
                .map(item -> item.get(key).asText())
                .toList();
    }

    int number() {
        return body.at("/meta/page").asInt();
    }

    int size() {
        return body.at("/meta/size").asInt();
    }

    long total() {
        return body.at("/meta/total").asLong();
    }

    int totalPages() {
        return body.at("/meta/totalPages").asInt();
    }

    /** The link to the next page, or null on the last. */
    String next() {
        JsonNode next = body.at("/links/next");
        return next.isMissingNode() || next.isNull() ? null : next.asText();
    }
}
