package uk.org.wmca.planforgrowth.query;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.Api.given;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
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

    static List<List<String>> rows(Response response) throws IOException {
        CsvMapper mapper =
                CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        try (MappingIterator<List<String>> rows =
                mapper.readerForListOf(String.class).readValues(response.asByteArray())) {
            return rows.readAll();
        }
    }
}
