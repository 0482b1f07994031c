package uk.org.wmca.planforgrowth.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.Api.given;
import static uk.org.wmca.planforgrowth.Api.givenUndocumented;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Security headers on every response, Swagger UI working under its own policy, embeds frameable. */
@QuarkusTest
class SecurityHeadersTest {

    private static final String JSON_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private static void assertDenied(Response response, String policy) {
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("no-referrer", response.header("Referrer-Policy"));
        assertEquals("DENY", response.header("X-Frame-Options"));
        assertEquals(policy, response.header("Content-Security-Policy"));
        assertEquals(null, response.header("Strict-Transport-Security"), "HSTS is off by default");
    }

    @Test
    void shouldProtectJsonReadsWhetherRenderedOrServedFromMemory() {
        for (int i = 0; i < 2; i++) {
            assertDenied(
                    given().get("/api/v1/themes")
                            .then()
                            .statusCode(200)
                            .extract()
                            .response(),
                    JSON_POLICY);
        }
        String etag = given().get("/api/v1/themes").header("ETag");
        assertDenied(
                given().header("If-None-Match", etag)
                        .get("/api/v1/themes")
                        .then()
                        .statusCode(304)
                        .extract()
                        .response(),
                JSON_POLICY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nothing-here", "/api/v1/nope", "/api/v1/clusters/steel", "/api/v1/facts?size=0"})
    void shouldProtectErrors(String path) {
        Response response = givenUndocumented().get(path);
        assertTrue(response.statusCode() >= 400, path);
        assertEquals("application/problem+json", response.contentType());
        assertDenied(response, JSON_POLICY);
    }

    @Test
    void shouldProtectMethodNotAllowedAndOperatorEndpoints() {
        assertDenied(
                givenUndocumented()
                        .delete("/api/v1/themes")
                        .then()
                        .statusCode(405)
                        .extract()
                        .response(),
                JSON_POLICY);
        assertDenied(givenUndocumented().get("/q/health/ready").then().extract().response(), JSON_POLICY);
        assertDenied(
                givenUndocumented()
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .response(),
                JSON_POLICY);
    }

    @Test
    void shouldLetSwaggerUiRunItsOwnScriptsAndStylesOnly() {
        Response page = givenUndocumented()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract()
                .response();
        String policy = page.header("Content-Security-Policy");
        assertEquals("DENY", page.header("X-Frame-Options"));
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.startsWith("default-src 'none';"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertFalse(directive(policy, "style-src").contains("unsafe-inline"), policy);
        String scriptSources = directive(policy, "script-src");
        String html = page.asString();

        // Here (test mode) Quarkus serves the page from outside the class path, so its inline scripts are allowed as
        // a whole; the packaged app allows exactly their hashes (PackagedApplicationIT).
        List<String> inline = SwaggerUiPage.hashes(html);
        assertFalse(inline.isEmpty(), "the page starts Swagger UI from an inline script");
        for (String hash : inline) {
            assertTrue(
                    scriptSources.contains(hash) || scriptSources.contains("'unsafe-inline'"),
                    "inline script " + hash + " not allowed by " + scriptSources);
        }
        // Everything else the page loads is its own, from the same origin ('self').
        List<String> assets = new ArrayList<>();
        Matcher references = Pattern.compile("(?:src|href)=[\"']([^\"']+)[\"']").matcher(html);
        while (references.find()) {
            assets.add(references.group(1));
        }
        assertTrue(assets.contains("swagger-ui-bundle.js"), assets.toString());
        assertTrue(
                scriptSources.contains("'self'")
                        && directive(policy, "style-src").contains("'self'"),
                policy);
        for (String asset : assets) {
            assertFalse(asset.matches("(?i)^(https?:)?//.*|^data:.*|^javascript:.*"), "not same-origin: " + asset);
            if (!asset.startsWith("/")) {
                givenUndocumented()
                        .get("/q/swagger-ui/" + asset)
                        .then()
                        .statusCode(200)
                        .header("X-Content-Type-Options", "nosniff");
            }
        }
        // The page fetches the spec from the same origin.
        assertTrue(directive(policy, "connect-src").contains("'self'"), policy);
        assertTrue(html.contains("url: '/q/openapi'"), "Swagger UI reads the spec from /q/openapi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/embed/clusters/aerospace", "/embed", "/oembed"})
    void shouldLetOtherSitesFrameTheEmbedPaths(String path) {
        Response response = givenUndocumented().get(path);
        assertEquals(null, response.header("X-Frame-Options"), path);
        String policy = response.header("Content-Security-Policy");
        assertFalse(policy.contains("frame-ancestors"), policy);
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("no-referrer", response.header("Referrer-Policy"));
    }

    @Test
    void shouldNotTreatPathsThatMerelyStartLikeAnEmbedAsFrameable() {
        givenUndocumented()
                .get("/embedded")
                .then()
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", JSON_POLICY);
        givenUndocumented()
                .get("/oembed.json")
                .then()
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", not(containsString("style-src")));
    }

    @Test
    void shouldAllowNoWritesFromOtherOriginsByDefault() {
        givenUndocumented()
                .header("Origin", "https://partner.example.net")
                .header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/clusters/aerospace")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("X-Frame-Options", "DENY");
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            String trimmed = directive.trim();
            if (trimmed.startsWith(name + " ")) {
                return trimmed;
            }
        }
        return "";
    }
}
