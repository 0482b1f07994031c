package uk.org.wmca.planforgrowth.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The committed OpenAPI files must be what the code generates. The build copies the committed files to
 * {@code target/committed-openapi} before the tests regenerate {@code openapi/}; when this test fails, review the
 * regenerated files with {@code git diff openapi/} and commit them. Documents are compared as data, because the
 * served document may order an object's keys differently from the stored file.
 */
@QuarkusTest
class OpenApiDriftTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @ParameterizedTest
    @CsvSource({"openapi.yaml, yaml", "openapi.json, json"})
    void shouldServeExactlyTheCommittedSpec(String file, String format) throws IOException {
        ObjectMapper mapper = format.equals("yaml") ? YAML : JSON;
        Path committed = Path.of("target/committed-openapi", file);
        assertTrue(Files.exists(committed), "No committed openapi/" + file + ": run ./mvnw verify and commit openapi/");
        String served = RestAssured.given()
                .queryParam("format", format)
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        JsonNode expected = mapper.readTree(Files.readString(committed));
        JsonNode actual = mapper.readTree(served);

        assertTrue(
                expected.equals(actual),
                "openapi/" + file + " differs from what the code generates: review `git diff openapi/` and commit it");
    }

    @ParameterizedTest
    @CsvSource({"openapi.yaml, yaml", "openapi.json, json"})
    void shouldWriteTheSameSpecToTheOpenapiFolder(String file, String format) throws IOException {
        ObjectMapper mapper = format.equals("yaml") ? YAML : JSON;
        JsonNode generated = mapper.readTree(Files.readString(Path.of("openapi", file)));
        JsonNode served = mapper.readTree(RestAssured.given()
                .queryParam("format", format)
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertTrue(generated.equals(served), "openapi/" + file + " differs from the spec served at /q/openapi");
    }
}
