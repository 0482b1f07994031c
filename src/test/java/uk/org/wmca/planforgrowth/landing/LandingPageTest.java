package uk.org.wmca.planforgrowth.landing;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.Api.given;
import static uk.org.wmca.planforgrowth.Api.givenUndocumented;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The landing page at /: what it says, that every link and frame on it works, its headers and caching. */
@QuarkusTest
class LandingPageTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static String origin() {
        return "http://localhost:" + RestAssured.port;
    }

    private static Response page() {
        return givenUndocumented()
                .accept(BROWSER)
                .get("/")
                .then()
                .statusCode(200)
                .contentType("text/html;charset=UTF-8")
                .extract()
                .response();
    }

    @Test
    void shouldSayWhatTheApiIsAndLinkItsDocumentation() {
        String html = page().asString();
        assertTrue(html.startsWith("<!doctype html>\n<html lang=\"en-GB\">"), html);
        assertTrue(html.contains("<title>Plan for Growth API</title>"));
        assertEquals(1, html.split("<h1", -1).length - 1, "one h1");
        assertTrue(html.contains("<main id=\"main\">"));
        assertTrue(
                html.contains("<link rel=\"icon\" href=\"data:,\">"),
                "an empty icon of its own, so browsers do not ask for /favicon.ico");
        assertTrue(html.contains("Plan for Growth"));
        Set<String> links = attributes(html, "href");
        assertTrue(
                links.containsAll(List.of("/q/swagger-ui", "/q/openapi", "/q/openapi?format=json", "/api/v1")),
                links.toString());
        assertTrue(links.contains("/api/v1/clusters/electric-light-vehicles?format=json"), links.toString());
        assertTrue(html.contains("<pre><code>curl &#39;" + origin() + "/api/v1/plan&#39;</code></pre>"), html);
        assertFalse(html.toLowerCase().contains("<script"), "no scripts");
    }

    @Test
    void shouldShowEachCardTypeInAFrameWithItsSnippets() {
        String html = page().asString();
        Set<String> frames = attributes(html, "src");
        assertEquals(
                Set.of(
                        "/embed/clusters/electric-light-vehicles",
                        "/embed/themes/commitment-to-net-zero",
                        "/embed/places/birmingham?theme=dark"),
                frames);
        assertTrue(
                html.contains("&lt;iframe src=&quot;" + origin() + "/embed/clusters/electric-light-vehicles&quot;"
                        + " width=&quot;480&quot;"),
                "the snippet, escaped for display");
        assertTrue(html.contains(
                "curl -H &#39;Accept: text/html&#39; &#39;" + origin() + "/api/v1/themes/commitment-to-net-zero&#39;"));
        assertTrue(html.contains(origin() + "/oembed?url="), html);
        for (String title : List.of(
                "title=\"Manufacturing of Electric Light Vehicles and Associated Battery Devices: embed card\"",
                "title=\"Commitment to net zero: embed card\"",
                "title=\"Birmingham: embed card\"")) {
            assertTrue(html.contains(title), title);
        }
        assertTrue(html.contains("<li id=\"cluster-aerospace\"><a href=\"/embed/clusters/aerospace\">Aerospace</a>"));
        assertTrue(html.contains("<li id=\"place-walsall\"><a href=\"/embed/places/walsall\">Walsall (E08000030)</a>"));
    }

    @Test
    void shouldCarryOpenGraphAndAnAbsoluteOembedDiscoveryLink() {
        String html = page().asString();
        String discovery = origin() + "/oembed?url=" + URLEncoder.encode(origin() + "/", StandardCharsets.UTF_8);
        assertTrue(
                html.contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"" + discovery + "\""),
                html);
        assertTrue(html.contains("<meta property=\"og:title\" content=\"Plan for Growth API\">"));
        assertTrue(html.contains("<meta property=\"og:type\" content=\"website\">"));
        assertTrue(html.contains("<meta property=\"og:url\" content=\"" + origin() + "/\">"));
        assertTrue(html.contains("<meta property=\"og:description\" content=\"A public JSON API"));
        given().urlEncodingEnabled(false)
                .get(discovery.substring(origin().length()))
                .then()
                .statusCode(200)
                .body("type", equalTo("link"))
                .body("provider_url", equalTo(origin() + "/"));
    }

    @Test
    void shouldHaveOnlyLinksAndFramesThatWork() {
        String html = page().asString();
        List<String> targets = new ArrayList<>();
        targets.addAll(attributes(html, "href"));
        targets.addAll(attributes(html, "src"));
        Set<String> ids = attributes(html, "id");
        int followed = 0;
        for (String target : targets) {
            if (target.startsWith("#")) {
                assertTrue(ids.contains(target.substring(1)), "in-page link " + target);
                continue;
            }
            if (target.startsWith("https://")) {
                continue; // the publisher's site
            }
            if (target.equals("data:,")) {
                continue; // the empty icon
            }
            String path = target.startsWith(origin()) ? target.substring(origin().length()) : target;
            assertTrue(path.startsWith("/"), "our own link " + target);
            givenUndocumented()
                    .urlEncodingEnabled(false)
                    .accept(BROWSER)
                    .get(path)
                    .then()
                    .statusCode(200);
            followed++;
        }
        assertTrue(followed >= 40, "links followed: " + followed);
    }

    @Test
    void shouldAllowItsOwnStylesAndFramesOfItsOwnCardsOnly() throws Exception {
        Response response = page();
        String policy = response.header("Content-Security-Policy");
        assertTrue(policy.startsWith("default-src 'none';"), policy);
        assertTrue(policy.contains("frame-src 'self'"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("script-src"), policy);
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(response.asString());
        assertTrue(style.find());
        assertTrue(policy.contains(sha256(style.group(1))), policy);
        assertEquals("DENY", response.header("X-Frame-Options"));
        assertEquals(null, response.header("Set-Cookie"));
    }

    /**
     * Browsers ask for /favicon.ico when they show a page without an icon of its own (any JSON or CSV answer opened
     * in a tab): a 404 there is an error in their console. The icon is a small image, under the usual headers.
     */
    @Test
    void shouldServeAnIconForBrowsersThatAskForOne() {
        Response icon = givenUndocumented()
                .accept("image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8")
                .get("/favicon.ico")
                .then()
                .statusCode(200)
                .extract()
                .response();
        assertTrue(icon.contentType().startsWith("image/"), icon.contentType());
        byte[] bytes = icon.asByteArray();
        assertTrue(bytes.length > 22 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 1 && bytes[3] == 0, "an ICO");
        assertEquals("nosniff", icon.header("X-Content-Type-Options"));
        assertEquals(null, icon.header("Set-Cookie"));
        givenUndocumented().get("/favicon.png").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldBeCachedAndRevalidatedLikeEveryRead() {
        Response first = page();
        Response second = page();
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals("public, max-age=60, stale-while-revalidate=300", second.header("Cache-Control"));
        givenUndocumented()
                .header("If-None-Match", first.header("ETag"))
                .get("/")
                .then()
                .statusCode(304)
                .body(emptyString());
    }

    @Test
    void shouldRefuseParametersAndNonHtml() {
        givenUndocumented().get("/?lang=fr").then().statusCode(400).contentType("application/problem+json");
        givenUndocumented().accept("application/json").get("/").then().statusCode(406);
    }

    private static String sha256(String text) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'";
    }

    private static Set<String> attributes(String html, String name) {
        Set<String> values = new LinkedHashSet<>();
        Matcher matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(html);
        while (matcher.find()) {
            values.add(matcher.group(1).replace("&amp;", "&"));
        }
        return values;
    }
}
