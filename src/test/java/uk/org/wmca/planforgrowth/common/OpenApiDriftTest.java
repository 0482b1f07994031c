package uk.org.wmca.planforgrowth.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * regenerated files with {@code git diff openapi/} and commit them.
 */
@QuarkusTest
class OpenApiDriftTest {

    @ParameterizedTest
    @CsvSource({"openapi.yaml, yaml", "openapi.json, json"})
    void shouldServeExactlyTheCommittedSpec(String file, String format) throws IOException {
        Path committed = Path.of("target/committed-openapi", file);
        assertTrue(Files.exists(committed), "No committed openapi/" + file + ": run ./mvnw verify and commit openapi/");
        String served = RestAssured.given().queryParam("format", format).when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        assertEquals(normalise(Files.readString(committed)), normalise(served),
                "openapi/" + file + " differs from what the code generates: review `git diff openapi/` and commit it");
    }

    private static String normalise(String spec) {
        return spec.replace("\r\n", "\n").strip();
    }
}
