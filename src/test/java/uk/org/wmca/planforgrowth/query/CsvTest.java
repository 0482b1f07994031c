package uk.org.wmca.planforgrowth.query;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.Api.given;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every list as RFC 4180 CSV: by Accept or format=, whole or paged, with filters, sort, search, fields, include. */
@QuarkusTest
class CsvTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.org.wmca.planforgrowth.query.QueryFixtures#everyList")
    void shouldServeTheWholeListAsCsvWithAHeaderRow(String list) throws IOException {
        int total = given().when()
                .get("/api/v1/" + list + "?size=1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("meta.total");
        Response csv = given().accept("text/csv")
                .when()
                .get("/api/v1/" + list)
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .header("Content-Type", containsString("charset=UTF-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"" + list + ".csv\""))
                .header("ETag", startsWith("\""))
                .header("Vary", containsString("Accept"))
                .extract()
                .response();
        List<List<String>> rows = rows(csv);
        assertEquals(total + 1, rows.size(), "a header row and every item, not one page");
        assertTrue(csv.asString().contains("\r\n"), "RFC 4180 line breaks");
        for (List<String> row : rows) {
            assertEquals(rows.get(0).size(), row.size(), "every row has every column");
        }
    }

    @Test
    void shouldPutColumnsInTheDocumentedOrder() throws IOException {
        List<List<String>> rows = rows(given().queryParam("format", "csv")
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(200)
                .extract()
                .response());
        assertEquals(
                List.of(
                        "slug",
                        "position",
                        "kind",
                        "name",
                        "inPlanDocument",
                        "nameStatus",
                        "planDocumentNameStatus",
                        "summary",
                        "links.self"),
                rows.get(0));
        assertEquals(
                List.of("creative-content-gaming", "1", "primary"), rows.get(1).subList(0, 3));
    }

    @Test
    void shouldApplyFiltersSortSearchFieldsAndIncludeToCsv() throws IOException {
        List<List<String>> rows = rows(given().accept("text/csv")
                .queryParam("theme", "commitment-to-net-zero")
                .queryParam("sort", "-name")
                .queryParam("include", "places")
                .queryParam("fields", "slug,places.name,places.gssCode")
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(200)
                .extract()
                .response());
        assertEquals(List.of("slug", "places.name", "places.gssCode"), rows.get(0));
        assertEquals(
                List.of("smart-energy-systems", "electric-light-vehicles", "future-housing"),
                rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList());
        assertEquals(
                "Sandwell; Walsall; Solihull; Birmingham; Stratford-on-Avon; Coventry",
                rows.get(2).get(1),
                "an embedded list's values joined in one cell");
        assertEquals("", rows.get(1).get(1), "an empty list is an empty cell");
    }

    @Test
    void shouldQuoteValuesWithCommasAndQuotes() throws IOException {
        Response csv = given().accept("text/csv")
                .when()
                .get("/api/v1/clusters")
                .then()
                .extract()
                .response();
        assertTrue(csv.asString().contains("\"A primary cluster in the plan, covering"), "a comma forces quotes");
        List<List<String>> rows = rows(csv);
        assertTrue(rows.stream().anyMatch(r -> r.get(7).contains(", ")), "and the value reads back whole");
    }

    @Test
    void shouldServeOnePageWithLinksWhenAPageIsAsked() throws IOException {
        Response csv = given().accept("text/csv")
                .queryParam("page", 2)
                .queryParam("size", 5)
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(200)
                .header("Link", containsString("page=3&size=5>; rel=\"next\""))
                .extract()
                .response();
        List<List<String>> rows = rows(csv);
        assertEquals(6, rows.size());
        assertEquals("future-housing", rows.get(2).get(0));
    }

    @Test
    void shouldKeepJsonAndCsvOfOneUrlApart() {
        String jsonTag = given().when()
                .get("/api/v1/themes")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String csvTag = given().accept("text/csv")
                .when()
                .get("/api/v1/themes")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .header("ETag");
        assertTrue(!jsonTag.equals(csvTag));
        given().when().get("/api/v1/themes").then().statusCode(200).contentType("application/json");
        given().accept("text/csv")
                .header("If-None-Match", csvTag)
                .when()
                .get("/api/v1/themes")
                .then()
                .statusCode(304);
        given().accept("text/csv;q=0.5, application/json")
                .when()
                .get("/api/v1/themes")
                .then()
                .statusCode(200)
                .contentType("application/json");
    }

    @Test
    void shouldLetFormatOverrideABrowsersAccept() {
        given().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .queryParam("format", "csv")
                .when()
                .get("/api/v1/places")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .body(startsWith("slug,name,gssCode,kind,links.self\r\n"));
    }

    @Test
    void shouldRefuseAnUnknownFormat() {
        given().queryParam("format", "xml")
                .when()
                .get("/api/v1/places")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].name", equalTo("format"))
                .body("errors[0].valid", equalTo(List.of("json", "csv")));
    }

    @Test
    void shouldAnswerErrorsOfACsvRequestAsProblemJson() {
        given().accept("text/csv")
                .queryParam("sort", "colour")
                .when()
                .get("/api/v1/places")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldNotOfferCsvForOneItem() {
        given().accept("text/csv").when().get("/api/v1/places/coventry").then().statusCode(406);
    }

    /** Every list with every relation it can include, as the API itself lists them when asked for one it lacks. */
    @TestFactory
    Stream<DynamicTest> shouldKeepEachEmbeddedValueWithItsItemOnEveryListWithEveryInclude() {
        return QueryFixtures.everyList()
                .flatMap(list -> given()
                        .queryParam("include", "no-such-relation")
                        .when()
                        .get("/api/v1/" + list)
                        .then()
                        .statusCode(400)
                        .extract()
                        .jsonPath()
                        .getList("errors[0].valid", String.class)
                        .stream()
                        .map(relation -> DynamicTest.dynamicTest(
                                list + "?include=" + relation,
                                () -> shouldKeepEachEmbeddedValueWithItsItem(list, relation))));
    }

    private void shouldKeepEachEmbeddedValueWithItsItem(String list, String relation) throws IOException {
        JsonNode json = JSON.readTree(given().queryParam("include", relation)
                .queryParam("size", 100)
                .when()
                .get("/api/v1/" + list)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertTrue(json.at("/meta/total").asInt() <= 100, "one page holds the whole list");
        List<List<String>> rows = rows(given().queryParam("include", relation)
                .queryParam("format", "csv")
                .when()
                .get("/api/v1/" + list)
                .then()
                .statusCode(200)
                .extract()
                .response());
        List<String> header = rows.get(0);
        JsonNode items = json.get("data");
        assertEquals(items.size(), rows.size() - 1);
        List<Integer> embedded = new ArrayList<>();
        for (int column = 0; column < header.size(); column++) {
            if (header.get(column).startsWith(relation + ".")) {
                embedded.add(column);
            }
        }
        assertFalse(embedded.isEmpty(), "the relation has columns");
        for (int i = 0; i < items.size(); i++) {
            JsonNode related = items.get(i).get(relation);
            for (int column : embedded) {
                String path = header.get(column).substring(relation.length() + 1);
                List<String> expected = new ArrayList<>();
                related.forEach(item -> expected.add(nested(item, path.split("\\."), 0)));
                List<String> split = splitEmbedded(rows.get(i + 1).get(column));
                assertEquals(
                        expected,
                        split,
                        list + " item " + items.get(i).at("/links/self").asText() + ", column " + header.get(column));
            }
        }
    }

    @Test
    void shouldKeepANullValueInItsPlaceAndEscapeTheSeparator() throws IOException {
        List<List<String>> rows = rows(given().queryParam("include", "facts")
                .queryParam("fields", "slug,facts.id,facts.value,facts.label")
                .queryParam("format", "csv")
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(200)
                .extract()
                .response());
        assertEquals(List.of("slug", "facts.id", "facts.label", "facts.value"), rows.get(0));
        String values = rows.stream().map(row -> row.get(3)).reduce("", String::concat);
        assertTrue(values.contains("\\N"), "a fact without a value keeps its place: " + values);
        for (List<String> row : rows.subList(1, rows.size())) {
            int facts = splitEmbedded(row.get(1)).size();
            assertEquals(facts, splitEmbedded(row.get(2)).size(), row.get(0) + " labels");
            assertEquals(facts, splitEmbedded(row.get(3)).size(), row.get(0) + " values");
        }
    }

    /**
     * Splits an embedded list's cell by the documented rule: empty is no items; an unescaped "; " ends a value; a
     * backslash makes the next character literal; a value written exactly \N is null (returned as null).
     */
    static List<String> splitEmbedded(String cell) {
        List<String> values = new ArrayList<>();
        if (cell.isEmpty()) {
            return values;
        }
        StringBuilder raw = new StringBuilder();
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                raw.append(c).append(cell.charAt(i + 1));
                value.append(cell.charAt(++i));
            } else if (cell.startsWith("; ", i)) {
                values.add(raw.toString().equals("\\N") ? null : value.toString());
                raw.setLength(0);
                value.setLength(0);
                i++;
            } else {
                raw.append(c);
                value.append(c);
            }
        }
        values.add(raw.toString().equals("\\N") ? null : value.toString());
        return values;
    }

    @Test
    void shouldSplitByTheDocumentedRule() {
        assertEquals(List.of(), splitEmbedded(""));
        assertEquals(Arrays.asList("a; b", null, "c\\", "N"), splitEmbedded("a\\; b; \\N; c\\\\; N"));
    }

    /** A JSON value as the CSV writes it: numbers in plain notation, null (or absent) as null. */
    /**
     * The value at a path inside one embedded item. A list nested in the item (a fact's otherSources) is one value:
     * its members joined by the same rule, one level down, so it keeps its item's place in the outer list.
     */
    private static String nested(JsonNode node, String[] path, int depth) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            if (node.isEmpty()) {
                return null;
            }
            List<String> values = new ArrayList<>();
            node.forEach(element -> {
                String value = nested(element, path, depth);
                values.add(value == null ? "\\N" : value.replace("\\", "\\\\").replace(";", "\\;"));
            });
            return String.join("; ", values);
        }
        return depth == path.length ? text(node) : nested(node.get(path[depth]), path, depth + 1);
    }

    private static String text(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText();
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    static List<List<String>> rows(Response response) throws IOException {
        CsvMapper mapper =
                CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        try (MappingIterator<List<String>> rows =
                mapper.readerForListOf(String.class).readValues(response.asByteArray())) {
            return rows.readAll();
        }
    }
}
