package uk.org.wmca.planforgrowth.embed;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The oEmbed provider: every URL form, sizes, refusals, caching, and discovery from the cards' pages. */
@QuarkusTest
class OEmbedTest {

    private static String origin() {
        return "http://localhost:" + RestAssured.port;
    }

    private static JsonPath oembed(String url, String... parameters) {
        var request = given().queryParam("url", url);
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get("/oembed")
                .then()
                .statusCode(200)
                .contentType("application/json;charset=UTF-8")
                .extract()
                .jsonPath();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/embed/clusters/electric-light-vehicles",
                "/api/v1/clusters/electric-light-vehicles",
                "/api/v1/clusters/electric-light-vehicles?format=json",
                "/#cluster-electric-light-vehicles"
            })
    void shouldAnswerForACardItsItemAndItsLandingPageEntry(String path) {
        JsonPath answer = oembed(origin() + path);
        assertEquals("rich", answer.getString("type"));
        assertEquals("1.0", answer.getString("version"));
        assertEquals(
                "Manufacturing of Electric Light Vehicles and Associated Battery Devices", answer.getString("title"));
        assertEquals("Plan for Growth API", answer.getString("provider_name"));
        assertEquals(origin() + "/", answer.getString("provider_url"));
        assertEquals(480, answer.getInt("width"));
        int height = answer.getInt("height");
        assertTrue(height >= 240, "height " + height);
        assertEquals(60, answer.getInt("cache_age"));
        assertEquals(
                "<iframe src=\"" + origin() + "/embed/clusters/electric-light-vehicles\" width=\"480\" height=\""
                        + height + "\" title=\"Manufacturing of Electric Light Vehicles and Associated Battery"
                        + " Devices: Primary cluster, West Midlands Plan for Growth\" loading=\"lazy\""
                        + " style=\"border:0\"></iframe>",
                answer.getString("html"));
    }

    @Test
    void shouldAnswerForThemesAndPlacesByGssCodeAndKeepTheTheme() {
        JsonPath theme = oembed(origin() + "/embed/themes/commitment-to-net-zero?theme=dark");
        assertEquals("Commitment to net zero", theme.getString("title"));
        assertTrue(theme.getString("html")
                .startsWith("<iframe src=\"" + origin() + "/embed/themes/commitment-to-net-zero?theme=dark\""));
        JsonPath place = oembed(origin() + "/api/v1/places/E08000025");
        assertEquals("Birmingham", place.getString("title"));
        assertTrue(place.getString("html").startsWith("<iframe src=\"" + origin() + "/embed/places/birmingham\""));
        assertEquals("Walsall", oembed(origin() + "/#place-walsall").getString("title"));
        assertEquals(
                "Skills for the future",
                oembed(origin() + "/#theme-skills-for-the-future").getString("title"));
    }

    @Test
    void shouldRespectMaxwidthAndMaxheight() {
        String url = origin() + "/embed/clusters/electric-light-vehicles";
        JsonPath narrow = oembed(url, "maxwidth", "300");
        assertEquals(300, narrow.getInt("width"));
        assertTrue(narrow.getString("html").contains("width=\"300\""));
        assertTrue(narrow.getInt("height") > oembed(url).getInt("height"), "narrower is taller");
        assertEquals(480, oembed(url, "maxwidth", "1200").getInt("width"), "a compact card");
        assertEquals(280, oembed(url, "maxwidth", "280").getInt("width"));
        JsonPath low = oembed(url, "maxheight", "250", "maxwidth", "320", "format", "json");
        assertEquals(250, low.getInt("height"));
        assertEquals(320, low.getInt("width"));
        assertTrue(low.getString("html").contains("height=\"250\""));
    }

    @Test
    void shouldRespectAMaxwidthBelowTheDefaultDownToTheNarrowestLayout() {
        String url = origin() + "/embed/clusters/aerospace";
        JsonPath narrow = oembed(url, "maxwidth", "240");
        assertEquals(240, narrow.getInt("width"));
        assertTrue(narrow.getString("html").contains("width=\"240\""));
        assertEquals(
                EmbedCards.MIN_WIDTH,
                oembed(url, "maxwidth", String.valueOf(EmbedCards.MIN_WIDTH)).getInt("width"));
        assertEquals(480, oembed(url, "maxwidth", "20000").getInt("width"), "any larger maxwidth is met");
    }

    @Test
    void shouldAnswer404ForASizeNoCardCanMeet() {
        String url = origin() + "/embed/clusters/aerospace";
        for (String[] size : new String[][] {
            {"maxwidth", String.valueOf(EmbedCards.MIN_WIDTH - 1)},
            {"maxwidth", "1"},
            {"maxheight", String.valueOf(OEmbedResource.MIN_HEIGHT - 1)}
        }) {
            given().queryParam("url", url)
                    .queryParam(size[0], size[1])
                    .get("/oembed")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", containsString(size[0] + "=" + size[1]));
        }
    }

    @Test
    void shouldIgnoreParametersOembedDoesNotDefine() {
        String url = origin() + "/embed/clusters/aerospace";
        JsonPath plain = oembed(url, "maxwidth", "400");
        JsonPath withOwn = oembed(url, "maxwidth", "400", "lang", "en", "callback", "x", "theme", "dark");
        assertEquals(plain.getString("html"), withOwn.getString("html"));
        assertEquals(400, withOwn.getInt("width"));
    }

    @Test
    void shouldRefuseMalformedSizesAndAMissingUrlWith400() {
        String url = origin() + "/embed/clusters/aerospace";
        for (String bad : List.of("0", "-5", "wide", "480.5", "1234567890", "")) {
            given().queryParam("url", url)
                    .queryParam("maxwidth", bad)
                    .get("/oembed")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].name", equalTo("maxwidth"));
        }
        given().queryParam("url", url)
                .queryParam("maxheight", "tall")
                .get("/oembed")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("maxheight"));
        given().get("/oembed").then().statusCode(400).body("errors[0].name", equalTo("url"));
    }

    @Test
    void shouldAnswerAnyFormatButJsonWith501() {
        given().queryParam("url", origin() + "/embed/clusters/aerospace")
                .queryParam("format", "yaml")
                .get("/oembed")
                .then()
                .statusCode(501)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerTheLandingPageWithALinkTypeAnswer() {
        for (String url : List.of(origin() + "/", origin())) {
            JsonPath answer = oembed(url, "maxwidth", "300");
            assertEquals("link", answer.getString("type"));
            assertEquals("1.0", answer.getString("version"));
            assertEquals("Plan for Growth API", answer.getString("title"));
            assertEquals(origin() + "/", answer.getString("provider_url"));
            assertNull(answer.get("html"));
        }
    }

    @Test
    void shouldAnswerXmlWith501() {
        given().queryParam("url", origin() + "/embed/clusters/aerospace")
                .queryParam("format", "xml")
                .get("/oembed")
                .then()
                .statusCode(501)
                .contentType("application/problem+json")
                .body("status", equalTo(501));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://elsewhere.example/embed/clusters/aerospace",
                "ftp://localhost/embed/clusters/aerospace",
                "/embed/clusters/aerospace",
                "not a url",
                "{origin}/embed/clusters/steel",
                "{origin}/embed/clusters/aerospace?theme=neon",
                "{origin}/api/v1/facts/ukspf-allocation",
                "{origin}/api/v1/clusters",
                "{origin}/#intervention-early-growth-fund",
                "{origin}/q/swagger-ui"
            })
    void shouldAnswerForeignOrUnknownUrlsWith404(String url) {
        given().queryParam("url", url.replace("{origin}", origin()))
                .get("/oembed")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .header("Cache-Control", "no-store");
    }

    @Test
    void shouldCacheTheAnswerAndLetAnySiteAskForIt() {
        Response first = given().queryParam("url", origin() + "/embed/themes/economic-empowerment")
                .get("/oembed")
                .then()
                .statusCode(200)
                .extract()
                .response();
        Response second = given().queryParam("url", origin() + "/embed/themes/economic-empowerment")
                .get("/oembed")
                .then()
                .statusCode(200)
                .extract()
                .response();
        assertEquals(first.asString(), second.asString());
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals("public, max-age=60, stale-while-revalidate=300", second.header("Cache-Control"));
        assertEquals("*", second.header("Access-Control-Allow-Origin"));
        assertEquals(null, second.header("X-Frame-Options"));
        assertEquals(null, second.header("Set-Cookie"));
        given().queryParam("url", origin() + "/embed/themes/economic-empowerment")
                .header("If-None-Match", first.header("ETag"))
                .get("/oembed")
                .then()
                .statusCode(304)
                .body(emptyString());
        given().queryParam("url", origin() + "/embed/themes/economic-empowerment")
                .accept("text/html")
                .get("/oembed")
                .then()
                .statusCode(406);
    }

    @Test
    void shouldBeDiscoverableFromEveryCard() {
        for (String path : List.of(
                "/embed/clusters/electric-light-vehicles",
                "/embed/themes/commitment-to-net-zero?theme=dark",
                "/embed/places/E08000026")) {
            String html = given().get(path).then().statusCode(200).extract().asString();
            String discovery = EmbedCardsTest.hrefs(html).stream()
                    .filter(link -> link.startsWith(origin() + "/oembed?url="))
                    .findFirst()
                    .orElseThrow();
            JsonPath answer = given().urlEncodingEnabled(false)
                    .get(discovery.substring(origin().length()))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertTrue(answer.getString("html").contains("src=\"" + origin() + "/embed/"), answer.prettify());
        }
    }
}
