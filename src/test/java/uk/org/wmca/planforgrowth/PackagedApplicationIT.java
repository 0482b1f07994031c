package uk.org.wmca.planforgrowth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The packaged jar, started as operators run it: content seeded, Swagger UI and the spec bundled. */
@QuarkusIntegrationTest
class PackagedApplicationIT {

    @Test
    void shouldServeTheNinePrimaryClustersAndTheSevenThemes() {
        given().queryParam("kind", "primary")
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(200)
                .body("data", hasSize(9));
        given().when().get("/api/v1/themes").then().statusCode(200).body("meta.total", equalTo(7));
    }

    @Test
    void shouldServeSwaggerUiFromBundledAssets() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("operationId: listClusters"));
    }

    @Test
    void shouldGuardTokenManagementButNotReads() {
        given().when()
                .get("/api/v1/admin/tokens")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"plan-for-growth\"");
        given().header("Authorization", "Bearer pfg_" + "x".repeat(43))
                .when()
                .get("/api/v1/plan")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldRunSwaggerUiUnderAPolicyThatAllowsExactlyItsInlineScripts() throws NoSuchAlgorithmException {
        Response page = given().when()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .extract()
                .response();
        String policy = page.header("Content-Security-Policy");
        assertFalse(policy.contains("unsafe-inline"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        Matcher inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>", Pattern.DOTALL)
                .matcher(page.asString());
        int scripts = 0;
        while (inline.find()) {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(inline.group(1).getBytes(StandardCharsets.UTF_8));
            String source = "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
            assertTrue(policy.contains(source), "inline script " + source + " is not allowed by " + policy);
            scripts++;
        }
        assertTrue(scripts > 0, "Swagger UI starts from inline scripts");
    }

    @Test
    void shouldAnswerProblemJsonForUnknownRoutes() {
        given().when().get("/no-such-page").then().statusCode(404).contentType("application/problem+json");
    }
}
