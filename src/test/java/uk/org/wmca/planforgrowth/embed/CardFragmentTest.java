package uk.org.wmca.planforgrowth.embed;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.wmca.planforgrowth.Tokens;
import uk.org.wmca.planforgrowth.common.Format;
import uk.org.wmca.planforgrowth.common.RepresentationCache;
import uk.org.wmca.planforgrowth.content.ContentVersion;
import uk.org.wmca.planforgrowth.fact.FactRepository;

/**
 * The HTML card of an item at its API path, for server-side includes: asked for with Accept: text/html or
 * format=fragment, cached and revalidated like JSON, JSON staying the default.
 */
@QuarkusTest
class CardFragmentTest {

    private static final String EV = "/api/v1/clusters/electric-light-vehicles";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Inject
    RepresentationCache cache;

    @Inject
    FactRepository facts;

    @Inject
    ContentVersion version;

    private static String origin() {
        return "http://localhost:" + RestAssured.port;
    }

    private static Response fragment(String path, String accept) {
        return given().accept(accept)
                .get(path)
                .then()
                .statusCode(200)
                .contentType("text/html;charset=UTF-8")
                .extract()
                .response();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/clusters/electric-light-vehicles",
                "/api/v1/themes/commitment-to-net-zero",
                "/api/v1/places/E08000026",
                "/api/v1/places/coventry"
            })
    void shouldAnswerTextHtmlWithTheCardAlone(String path) {
        String html = fragment(path, "text/html").asString();
        assertTrue(html.startsWith("<article class=\"pfg-card\" data-pfg-type=\""), html);
        assertTrue(html.endsWith("</article>"), html);
        assertTrue(html.contains("<style>" + EmbedCardsTest.styleOfTheCard() + "</style>"), "with its own style");
        assertFalse(html.contains("<html") || html.contains("<main") || html.contains("<h1"), html);
        assertTrue(html.contains("<h2 class=\"pfg-card__title\">"), "a section of the including page");
        assertFalse(html.contains("target=\"_blank\""), "links behave as the including page's own");
        for (String link : EmbedCardsTest.hrefs(html)) {
            assertTrue(link.startsWith("https://") || link.startsWith(origin() + "/"), "absolute: " + link);
        }
        assertEquals(html, fragment(path + "?format=fragment", "*/*").asString(), "format=fragment is the same");
    }

    @Test
    void shouldPreferTheCardForABrowserAndJsonOtherwise() {
        fragment(EV, BROWSER);
        for (String accept : List.of("*/*", "application/json", "text/html;q=0.5, application/json")) {
            given().accept(accept).get(EV).then().statusCode(200).contentType("application/json;charset=UTF-8");
        }
        given().get(EV).then().statusCode(200).contentType("application/json;charset=UTF-8");
        given().accept("text/html")
                .queryParam("format", "json")
                .get(EV)
                .then()
                .statusCode(200)
                .contentType("application/json;charset=UTF-8")
                .body("data.slug", equalTo("electric-light-vehicles"));
        fragment(EV + "?format=fragment", "application/json");
    }

    @Test
    void shouldStillRefuseWhatItCannotProduce() {
        for (String accept : List.of("application/xml", "text/csv", "image/png")) {
            given().accept(accept)
                    .get(EV)
                    .then()
                    .statusCode(406)
                    .contentType("application/problem+json")
                    .body("detail", startsWith("This resource can only answer with application/json, or text/html"));
        }
        given().accept("text/html").get("/api/v1/facts/ukspf-allocation").then().statusCode(406);
        given().accept("text/html").get("/api/v1/clusters").then().statusCode(406);
    }

    @Test
    void shouldRefuseFormatsAndParametersTheCardDoesNotTake() {
        given().get(EV + "?format=xml")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("format"))
                .body("errors[0].valid", equalTo(List.of("json", "fragment")));
        given().get(EV + "?format=csv").then().statusCode(400).body("errors[0].name", equalTo("format"));
        given().get("/api/v1/clusters?format=fragment")
                .then()
                .statusCode(400)
                .body("errors[0].valid", equalTo(List.of("json", "csv")));
        given().get("/api/v1/facts/ukspf-allocation?format=fragment")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("format"));
        given().get(EV + "?format=fragment&fields=slug")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("fields"));
        given().accept("text/html")
                .get(EV + "?include=themes")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("include"));
    }

    @Test
    void shouldCacheTheCardBesideTheJsonWithItsOwnEtag() {
        Response first = fragment(EV, "text/html");
        Response second = fragment(EV, "text/html");
        assertEquals(first.asString(), second.asString());
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals("public, max-age=60, stale-while-revalidate=300", second.header("Cache-Control"));
        assertEquals("Accept, Accept-Encoding", second.header("Vary"));
        assertEquals(null, second.header("Set-Cookie"));
        String json = given().get(EV).then().statusCode(200).extract().header("ETag");
        assertNotEquals(json, first.header("ETag"));
        assertTrue(cache.find(RepresentationCache.key(EV, null, Format.HTML, origin()))
                .isPresent());
        assertTrue(cache.find(RepresentationCache.key(EV, null, Format.JSON)).isPresent());
        given().accept("text/html")
                .header("If-None-Match", first.header("ETag"))
                .get(EV)
                .then()
                .statusCode(304)
                .body(emptyString());
        given().accept("text/html")
                .header("If-None-Match", first.header("ETag"))
                .get(EV + "?format=fragment")
                .then()
                .statusCode(304);
        given().accept("text/html").head(EV).then().statusCode(200).body(emptyString());
    }

    @Test
    void shouldDropTheCardWhenAFigureItShowsChanges() {
        fragment(EV, "text/html");
        given().get("/embed/clusters/electric-light-vehicles").then().statusCode(200);
        String htmlKey = RepresentationCache.key(EV, null, Format.HTML, origin());
        String pageKey =
                RepresentationCache.key("/embed/clusters/electric-light-vehicles", null, Format.HTML, origin());
        String otherKey =
                RepresentationCache.key("/api/v1/themes/housing-and-land-development", null, Format.HTML, origin());
        fragment("/api/v1/themes/housing-and-land-development", "text/html");
        assertTrue(cache.find(htmlKey).isPresent() && cache.find(pageKey).isPresent());
        String label = QuarkusTransaction.requiringNew()
                .call(() -> facts.findBySlug("ev-battery-cost-share").orElseThrow().label);
        try {
            relabel("Battery share & <cost>");
            assertTrue(cache.find(htmlKey).isEmpty(), "the fragment shows the fact");
            assertTrue(cache.find(pageKey).isEmpty(), "the card's page shows the fact");
            assertTrue(cache.find(otherKey).isPresent(), "a card that does not show it stays");
            assertTrue(fragment(EV, "text/html").asString().contains("<dt>Battery share &amp; &lt;cost&gt;</dt>"));
        } finally {
            relabel(label);
        }
    }

    @Test
    void shouldPreviewTheCardForAnEditorAndNeverKeepIt() {
        Response preview = given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .accept("text/html")
                .get(EV + "?preview=true")
                .then()
                .statusCode(200)
                .contentType("text/html;charset=UTF-8")
                .header("Cache-Control", "private, no-store")
                .extract()
                .response();
        assertTrue(preview.asString().startsWith("<article class=\"pfg-card\""), preview.asString());
        assertTrue(cache.find(RepresentationCache.key(EV, "preview=true", Format.HTML, origin()))
                .isEmpty());
        given().accept("text/html").get(EV + "?preview=true").then().statusCode(401);
    }

    private void relabel(String label) {
        QuarkusTransaction.requiringNew().run(() -> {
            facts.findBySlug("ev-battery-cost-share").orElseThrow().label = label;
            version.bump(Set.of("/api/v1/facts/ev-battery-cost-share"));
        });
        version.refresh();
    }
}
