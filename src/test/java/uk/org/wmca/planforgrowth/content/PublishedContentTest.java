package uk.org.wmca.planforgrowth.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static uk.org.wmca.planforgrowth.Api.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks every published response (every list page and every item) and checks the content rules: every number is a
 * fact with a source, prose carries no figures of its own, and nothing unconfirmed is published as a value.
 */
@QuarkusTest
class PublishedContentTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> LISTS = List.of(
            "/api/v1/themes",
            "/api/v1/clusters",
            "/api/v1/interventions",
            "/api/v1/places",
            "/api/v1/facts",
            "/api/v1/sources");
    private static final Set<String> FACT_NUMBERS = Set.of("value", "min", "max", "horizonYear");
    private static final Set<String> ORDERING_NUMBERS = Set.of("position");
    private static final Set<String> PAGING_NUMBERS = Set.of("page", "size", "total", "totalPages");
    private static final Set<String> IDENTIFIERS = Set.of("id", "slug", "gssCode", "url", "self", "firstPublished");
    /** Years and the proper names that contain digits; any other digit in prose would be an unsourced figure. */
    private static final Pattern ALLOWED_DIGITS = Pattern.compile("\\b(19|20)\\d{2}\\b|WM2041|WM5G|\\b5G\\b");

    private static final Pattern DIGIT = Pattern.compile("\\d");

    private static final Map<String, JsonNode> responses = new LinkedHashMap<>();

    @BeforeEach
    void fetchEveryResponseOnce() throws Exception {
        if (!responses.isEmpty()) {
            return;
        }
        responses.put("/api/v1/plan", get("/api/v1/plan"));
        for (String list : LISTS) {
            JsonNode page = get(list + "?size=100");
            responses.put(list, page);
            for (JsonNode item : page.get("data")) {
                String self = item.get("links").get("self").asText();
                responses.put(self, get(self));
            }
        }
    }

    private static JsonNode get(String path) throws Exception {
        return MAPPER.readTree(
                given().when().get(path).then().statusCode(200).extract().asString());
    }

    @Test
    void shouldPublishTheExpectedCounts() {
        assertEquals(7, responses.get("/api/v1/themes").at("/meta/total").asInt());
        assertEquals(13, responses.get("/api/v1/clusters").at("/meta/total").asInt());
        assertEquals(5, responses.get("/api/v1/interventions").at("/meta/total").asInt());
        assertEquals(8, responses.get("/api/v1/places").at("/meta/total").asInt());
        assertEquals(2, responses.get("/api/v1/plan").at("/data/principles").size());
        long primary = 0;
        for (JsonNode cluster : responses.get("/api/v1/clusters").get("data")) {
            primary += cluster.get("kind").asText().equals("primary") ? 1 : 0;
        }
        assertEquals(9, primary);
    }

    @Test
    void shouldPublishEveryNumberAsAFactWithASource() {
        List<String> problems = new ArrayList<>();
        responses.forEach((path, body) -> walk(path, "", null, body, false, problems));
        if (!problems.isEmpty()) {
            fail(problems.size() + " content problems:\n" + String.join("\n", problems));
        }
    }

    @Test
    void shouldCiteEverySourceSomewhere() {
        JsonNode sources = responses.get("/api/v1/sources").get("data");
        StringBuilder everythingElse = new StringBuilder();
        responses.forEach((path, body) -> {
            if (!path.startsWith("/api/v1/sources")) {
                everythingElse.append(body.toString());
            }
        });
        for (JsonNode source : sources) {
            String id = source.get("id").asText();
            assertTrue(everythingElse.indexOf("\"id\":\"" + id + "\"") >= 0, "source " + id + " is cited nowhere");
        }
    }

    private static void walk(
            String path, String pointer, String key, JsonNode node, boolean insideFact, List<String> problems) {
        String where = path + " " + pointer;
        if (node.isObject()) {
            boolean isFact = node.has("unit") && node.has("status") && node.has("source") && node.has("measure");
            if (isFact) {
                checkFact(where, node, problems);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(path, pointer + "/" + field.getKey(), field.getKey(), field.getValue(), isFact, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path, pointer + "/" + i, key, node.get(i), insideFact, problems);
            }
        } else if (node.isNumber()) {
            boolean allowed = (insideFact && FACT_NUMBERS.contains(key))
                    || ORDERING_NUMBERS.contains(key)
                    || (pointer.startsWith("/meta/") && PAGING_NUMBERS.contains(key));
            if (!allowed) {
                problems.add(where + ": number " + node + " is not a fact");
            }
        } else if (node.isTextual() && !IDENTIFIERS.contains(key) && !pointer.startsWith("/links/")) {
            String text = node.asText();
            if (text.startsWith("/") || text.startsWith("http")) {
                return;
            }
            if ((key.equals("title") || key.equals("publisher"))
                    && (pointer.contains("/source") || path.startsWith("/api/v1/sources"))) {
                return; // a source's title and publisher as the source gives them (an article's title has a figure)
            }
            String withoutAllowed = ALLOWED_DIGITS.matcher(text).replaceAll("");
            if (DIGIT.matcher(withoutAllowed).find()) {
                problems.add(where + ": prose carries a figure that is not a fact: \"" + text + "\"");
            }
        }
    }

    private static void checkFact(String where, JsonNode fact, List<String> problems) {
        JsonNode source = fact.get("source");
        if (source == null || source.isNull() || !source.hasNonNull("url")) {
            problems.add(where + ": fact without a source");
        }
        String status = fact.get("status").asText();
        boolean hasValue = fact.hasNonNull("value") || fact.hasNonNull("min") || fact.hasNonNull("max");
        if (status.equals("unconfirmed") && hasValue) {
            problems.add(where + ": unconfirmed fact published with a value");
        }
        if (!status.equals("unconfirmed") && !hasValue) {
            problems.add(where + ": " + status + " fact without a value");
        }
        if (fact.hasNonNull("min") != fact.hasNonNull("max")) {
            problems.add(where + ": a range needs both min and max");
        }
        if (fact.hasNonNull("min")
                && fact.get("min").decimalValue().compareTo(fact.get("max").decimalValue()) > 0) {
            problems.add(where + ": min is above max");
        }
    }
}
