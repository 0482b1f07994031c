package uk.org.wmca.planforgrowth.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index's links, now taken from the registry, stay the ones it always gave, in the same order. */
@QuarkusTest
class ApiIndexTest {

    @Test
    void shouldLinkEveryCollectionInItsOrder() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("plan", "/api/v1/plan");
        expected.put("themes", "/api/v1/themes");
        expected.put("clusters", "/api/v1/clusters");
        expected.put("interventions", "/api/v1/interventions");
        expected.put("places", "/api/v1/places");
        expected.put("facts", "/api/v1/facts");
        expected.put("sources", "/api/v1/sources");
        expected.put("search", "/api/v1/search");
        expected.put("openapi", "/q/openapi");
        expected.put("swaggerUi", "/q/swagger-ui");

        Map<String, String> data = given().get("/api/v1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("data");

        assertEquals(expected, data);
        assertEquals(new ArrayList<>(expected.keySet()), List.copyOf(data.keySet()));
    }
}
