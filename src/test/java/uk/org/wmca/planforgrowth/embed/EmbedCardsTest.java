package uk.org.wmca.planforgrowth.embed;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.wmca.planforgrowth.cluster.ClusterRepository;
import uk.org.wmca.planforgrowth.common.Rendered;
import uk.org.wmca.planforgrowth.content.ContentVersion;
import uk.org.wmca.planforgrowth.place.PlaceRepository;

/** The embed cards at /embed/…: content, the page around them, theme, refusals, headers, caching and escaping. */
@QuarkusTest
class EmbedCardsTest {

    private static final String EV = "/embed/clusters/electric-light-vehicles";
    private static final String EV_NAME = "Manufacturing of Electric Light Vehicles and Associated Battery Devices";
    private static final String GROWTH_PROFILES =
            "https://www.wmca.org.uk/documents/strategies/plan-for-growth/west-midlands-plan-for-growth/cluster-growth-profiles/";

    @Inject
    ClusterRepository clusters;

    @Inject
    PlaceRepository places;

    @Inject
    ContentVersion version;

    @Inject
    EmbedCards cards;

    private static String origin() {
        return "http://localhost:" + RestAssured.port;
    }

    private static Response card(String path) {
        return given().get(path)
                .then()
                .statusCode(200)
                .contentType("text/html;charset=UTF-8")
                .extract()
                .response();
    }

    @Test
    void shouldShowAClusterWithItsFiguresTheirSourcesAndItsPlaces() {
        String html = card(EV).asString();
        assertTrue(html.contains("<h1 class=\"pfg-card__title\">" + EV_NAME + "</h1>"), html);
        assertTrue(html.contains("<p class=\"pfg-card__kicker\">Primary cluster</p>"), html);
        assertTrue(html.contains("covering the manufacture of electric light vehicles"), html);
        assertTrue(html.contains("<span class=\"pfg-card__value\">£850m to £950m</span>"), html);
        assertTrue(html.contains("<span class=\"pfg-card__value\">11,200 to 12,400 jobs</span>"), html);
        assertTrue(html.contains("<span class=\"pfg-card__value\">about 40%</span>"), html);
        assertTrue(html.contains("Source: <a href=\"" + GROWTH_PROFILES + "\""), html);
        assertTrue(html.contains(">West Midlands Plan for Growth: Cluster Growth Profiles<"), html);
        for (String place : List.of("Sandwell", "Walsall", "Solihull", "Birmingham", "Stratford-on-Avon", "Coventry")) {
            assertTrue(html.contains("<li>" + place + "</li>"), place);
        }
        assertTrue(html.contains("<a href=\"" + origin() + "/api/v1/clusters/electric-light-vehicles?format=json\""));
        assertTrue(html.contains("<a href=\"" + origin() + "/\""), "links back to the landing page");
    }

    @Test
    void shouldSayWhenAClusterNamesNoPlaces() {
        String html = card("/embed/clusters/aerospace").asString();
        assertTrue(html.contains("Primary cluster (name inferred)"), html);
        assertTrue(html.contains("The cluster&#39;s profile names no places."), html);
        assertFalse(html.contains("Key figures"), "aerospace has no published figure");
    }

    @Test
    void shouldShowAThemeWithItsFiguresAndClusters() {
        String html = card("/embed/themes/economic-empowerment").asString();
        assertTrue(html.contains(">Economic empowerment</h1>"), html);
        assertTrue(html.contains("Formerly: New powers over economic development"), html);
        assertTrue(html.contains("<span class=\"pfg-card__value\">£88m</span>"), html);
        assertTrue(html.contains("<span class=\"pfg-card__value\">£33m</span>"), html);
        assertTrue(html.contains("<li>Health Tech and Med Tech</li>"), html);
        String net = card("/embed/themes/commitment-to-net-zero").asString();
        assertTrue(net.contains("<li>Smart Energy Systems</li>") && net.contains("<li>" + EV_NAME + "</li>"), net);
    }

    @Test
    void shouldShowAPlaceBySlugOrGssCodeWithItsClusters() {
        String byCode = card("/embed/places/E08000025").asString();
        String bySlug = card("/embed/places/birmingham").asString();
        assertEquals(bySlug, byCode, "the same card either way, with the same links");
        assertTrue(byCode.contains(">Birmingham</h1>"), byCode);
        assertTrue(byCode.contains("<span class=\"pfg-card__value\">E08000025</span>"), byCode);
        assertTrue(byCode.contains("Constituent authority"), byCode);
        assertTrue(byCode.contains("<li>" + EV_NAME + "</li>"), byCode);
        assertTrue(card("/embed/places/e08000025").asString().contains(">Birmingham</h1>"));
        String stratford = card("/embed/places/stratford-on-avon").asString();
        assertTrue(
                stratford.contains("Non-constituent authority") && stratford.contains("The plan calls it Stratford."));
    }

    @ParameterizedTest
    @ValueSource(strings = {EV, "/embed/themes/skills-for-the-future", "/embed/places/E08000026"})
    void shouldBeACompletePageThatRunsAndLoadsNothing(String path) {
        String html = card(path).asString();
        assertTrue(html.startsWith("<!doctype html>\n<html lang=\"en-GB\">"), html);
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        assertTrue(Pattern.compile("<title>[^<]+ · West Midlands Plan for Growth</title>")
                .matcher(html)
                .find());
        assertEquals(1, count(html, "<main"), "one main landmark");
        Matcher h1 =
                Pattern.compile("<h1 class=\"pfg-card__title\">([^<]+)</h1>").matcher(html);
        assertTrue(h1.find(), html);
        assertTrue(
                html.contains("<main aria-label=\"" + h1.group(1) + "\">"),
                "the main landmark is named after the card, so that cards framed side by side differ");
        assertEquals(1, count(html, "<h1"), "one h1");
        assertEquals(1, count(html, "<article class=\"pfg-card"));
        assertTrue(
                html.contains("<link rel=\"icon\" href=\"data:,\">"),
                "an empty icon of its own, so browsers do not ask for /favicon.ico");
        assertFalse(html.contains("<h3"), "headings go h1, h2");
        assertFalse(html.toLowerCase().contains("<script"), "no scripts");
        assertFalse(html.contains(" src="), "nothing loaded");
        assertFalse(html.contains("rel=\"stylesheet\""), "no external styles");
        assertFalse(html.contains("@import") || html.contains("url("), "styles load nothing");
        assertFalse(html.contains("<img"), "figures are text");
        for (String link : hrefs(html)) {
            assertTrue(
                    link.startsWith("http://")
                            || link.startsWith("https://")
                            || link.startsWith("/oembed?")
                            || link.equals("data:,"),
                    link);
        }
    }

    @Test
    void shouldOfferOembedDiscoveryAndLinkCardMeta() {
        String html = card(EV).asString();
        String cardUrl = origin() + EV;
        assertTrue(
                html.contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"" + origin()
                        + "/oembed?url=" + URLEncoder.encode(cardUrl, StandardCharsets.UTF_8) + "\""),
                html);
        assertTrue(html.contains("<meta property=\"og:title\" content=\"" + EV_NAME + "\">"));
        assertTrue(html.contains("<meta property=\"og:type\" content=\"website\">"));
        assertTrue(html.contains("<meta property=\"og:url\" content=\"" + cardUrl + "\">"));
        assertTrue(html.contains(
                "<meta property=\"og:description\" content=\"A primary cluster in the plan, covering the manufacture"));
        assertTrue(html.contains("<meta name=\"twitter:card\" content=\"summary\">"));
        assertTrue(html.contains("<meta name=\"twitter:title\" content=\"" + EV_NAME + "\">"));
        assertTrue(html.contains("<meta name=\"twitter:description\" content=\"A primary cluster"));
        assertTrue(html.contains("<link rel=\"canonical\" href=\"" + cardUrl + "\">"));
    }

    @Test
    void shouldTakeALightOrDarkTheme() {
        assertTrue(card(EV).asString()
                .contains("<article class=\"pfg-card\" data-pfg-type=\"cluster\" data-theme=\"light\">"));
        assertTrue(card(EV + "?theme=light").asString().contains("data-theme=\"light\""));
        String dark = card(EV + "?theme=dark").asString();
        assertTrue(dark.contains("<article class=\"pfg-card\" data-pfg-type=\"cluster\" data-theme=\"dark\">"), dark);
        assertTrue(dark.contains("<meta property=\"og:url\" content=\"" + origin() + EV + "?theme=dark\">"), dark);
        assertTrue(dark.contains("href=\"" + origin() + "/oembed?url="
                + URLEncoder.encode(origin() + EV + "?theme=dark", StandardCharsets.UTF_8) + "\""));
    }

    @Test
    void shouldRefuseAnUnknownThemeOrParameterAsProblemJson() {
        given().get(EV + "?theme=blue")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].name", equalTo("theme"))
                .body("errors[0].valid", equalTo(List.of("light", "dark")))
                .header("Cache-Control", "no-store");
        given().get(EV + "?colour=red")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("colour"))
                .body("errors[0].valid", equalTo(List.of("theme")));
        given().get(EV + "?theme=dark&theme=light").then().statusCode(400).body("errors[0].name", equalTo("theme"));
        given().get(EV + "?theme=").then().statusCode(400).body("errors[0].name", equalTo("theme"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/embed/clusters/steel", "/embed/themes/nothing", "/embed/places/E99999999"})
    void shouldAnswerUnknownItemsWith404ProblemJson(String path) {
        given().get(path)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo(path))
                .header("Cache-Control", "no-store");
    }

    @Test
    void shouldRefuseAnAcceptHeaderWithoutHtml() {
        given().accept("application/json")
                .get(EV)
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("detail", equalTo("This resource can only answer with text/html."));
    }

    @Test
    void shouldLetAnySiteFrameACardWhileAllowingOnlyItsOwnStyles() {
        Response response = card(EV);
        assertEquals(null, response.header("X-Frame-Options"));
        assertEquals(null, response.header("Set-Cookie"));
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        String policy = response.header("Content-Security-Policy");
        assertTrue(policy.startsWith("default-src 'none';"), policy);
        assertFalse(policy.contains("frame-ancestors"), policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("script-src"), policy);
        Matcher styles = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(response.asString());
        int found = 0;
        while (styles.find()) {
            assertTrue(policy.contains(sha256(styles.group(1))), "the policy allows style " + found);
            found++;
        }
        assertEquals(2, found, "the page's and the card's stylesheets");
    }

    @Test
    void shouldCacheCardsLikeJson() {
        Response first = card(EV + "?theme=dark");
        Response second = card(EV + "?theme=dark");
        assertEquals(first.asString(), second.asString());
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertTrue(first.header("ETag").matches("\"[A-Za-z0-9_-]{27}\""), first.header("ETag"));
        assertEquals("public, max-age=60, stale-while-revalidate=300", second.header("Cache-Control"));
        assertEquals("Accept, Accept-Encoding", second.header("Vary"));
        assertEquals(first.header("Last-Modified"), second.header("Last-Modified"));
        assertNotEquals(first.header("ETag"), card(EV).header("ETag"), "each theme is its own representation");
        given().header("If-None-Match", first.header("ETag"))
                .get(EV + "?theme=dark")
                .then()
                .statusCode(304)
                .body(emptyString())
                .header("ETag", first.header("ETag"))
                .header("Set-Cookie", nullValue());
        given().head(EV + "?theme=dark").then().statusCode(200).body(emptyString());
    }

    @Test
    void shouldEscapeContentAndRenderAgainWhenAnItemItShowsChanges() {
        String before = card(EV).header("ETag");
        String summary = QuarkusTransaction.requiringNew()
                .call(() -> clusters.findBySlug("electric-light-vehicles").orElseThrow().summary);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                clusters.findBySlug("electric-light-vehicles").orElseThrow().summary =
                        "<script>alert(\"x\")</script> & 'more' <b>bold</b>";
                version.bump(Set.of("/api/v1/clusters/electric-light-vehicles"));
            });
            version.refresh();
            Response changed = card(EV);
            String html = changed.asString();
            assertNotEquals(before, changed.header("ETag"));
            assertTrue(
                    html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;"
                            + " &lt;b&gt;bold&lt;/b&gt;"),
                    html);
            assertFalse(html.contains("<script") || html.contains("<b>"), html);
            assertTrue(html.contains("content=\"&lt;script&gt;alert(&quot;x&quot;)"), "meta content escaped too");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                clusters.findBySlug("electric-light-vehicles").orElseThrow().summary = summary;
                version.bump(Set.of("/api/v1/clusters/electric-light-vehicles"));
            });
            version.refresh();
        }
        assertEquals(before, card(EV).header("ETag"), "the same bytes again, the same ETag");
    }

    @Test
    void shouldRenderAgainWhenARelatedItemChanges() {
        String before = card(EV).header("ETag");
        String theme = card("/embed/themes/economic-empowerment").header("ETag");
        try {
            rename("Birmingham (renamed by a test)");
            String html = card(EV).asString();
            assertTrue(html.contains("<li>Birmingham (renamed by a test)</li>"), html);
            assertEquals(theme, card("/embed/themes/economic-empowerment").header("ETag"), "shows no place");
        } finally {
            rename("Birmingham");
        }
        assertEquals(before, card(EV).header("ETag"));
    }

    @Test
    void shouldEscapeEverythingACardShowsAndLinkOnlyToWebAddresses() {
        Card card = new Card(
                "cluster",
                "Kicker <i>",
                "A & B <script>alert(1)</script>",
                "Says \"hi\" & <b>bye</b>",
                "It's <em>here</em>",
                "Key figures",
                List.of(new Card.Figure(
                        "<label>",
                        "£1m & more",
                        "by <2030>",
                        "Title \"quoted\"",
                        Cards.safeUrl("javascript:alert(1)"))),
                "Places",
                List.of("<li>x</li>"),
                "none",
                "/api/v1/clusters/a",
                "/embed/clusters/a",
                Set.of("/api/v1/clusters/a"));
        for (Rendered rendered : List.of(
                cards.document(card, "dark", "https://api.example.org"),
                cards.fragment(card, "https://api.example.org"))) {
            String html = new String(rendered.bytes(), StandardCharsets.UTF_8);
            assertTrue(html.contains("A &amp; B &lt;script&gt;alert(1)&lt;/script&gt;"), html);
            assertTrue(html.contains("Says &quot;hi&quot; &amp; &lt;b&gt;bye&lt;/b&gt;"), html);
            assertTrue(html.contains("It&#39;s &lt;em&gt;here&lt;/em&gt;"), html);
            assertTrue(html.contains("<dt>&lt;label&gt;</dt>"), html);
            assertTrue(html.contains("£1m &amp; more") && html.contains("by &lt;2030&gt;"), html);
            assertTrue(html.contains("Source: Title &quot;quoted&quot;</span>"), "no link to javascript: " + html);
            assertTrue(html.contains("<li>&lt;li&gt;x&lt;/li&gt;</li>"), html);
            assertFalse(html.contains("javascript:") || html.contains("<script") || html.contains("<b>"), html);
            assertEquals(Set.of("/api/v1/clusters/a"), rendered.shows());
        }
    }

    private void rename(String name) {
        QuarkusTransaction.requiringNew().run(() -> {
            places.findBySlugOrGssCode("birmingham").orElseThrow().name = name;
            version.bump(Set.of("/api/v1/places/birmingham"));
        });
        version.refresh();
    }

    static String sha256(String text) {
        try {
            return "'sha256-"
                    + Base64.getEncoder()
                            .encodeToString(
                                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
                    + "'";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The card's stylesheet as pages and fragments carry it. */
    static String styleOfTheCard() {
        return uk.org.wmca.planforgrowth.http.InlineStyles.text(uk.org.wmca.planforgrowth.http.InlineStyles.CARD);
    }

    static List<String> hrefs(String html) {
        List<String> links = new ArrayList<>();
        Matcher matcher = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (matcher.find()) {
            links.add(matcher.group(1).replace("&amp;", "&"));
        }
        return links;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
