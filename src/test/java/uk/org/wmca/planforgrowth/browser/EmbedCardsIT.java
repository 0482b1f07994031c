package uk.org.wmca.planforgrowth.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.org.wmca.planforgrowth.embed.EmbedCards;

/**
 * The embed cards as a partner site shows them: framed by a page of another origin ({@link PartnerSite} on
 * 127.0.0.1, the application on localhost), in both themes, down to EmbedCards.MIN_WIDTH (200) pixels wide, and from the oEmbed answer's
 * snippet; the application's other pages refuse to be framed there. No cookies, no console errors.
 */
@ExtendWith(TheApp.class)
class EmbedCardsIT {

    /** Each card type: its kind, the path of a card with figures and related items, and its name. */
    static Stream<Arguments> cardsInEachTheme() {
        List<Arguments> all = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            all.add(Arguments.of("cluster", "/embed/clusters/electric-light-vehicles", theme));
            all.add(Arguments.of("theme", "/embed/themes/commitment-to-net-zero", theme));
            all.add(Arguments.of("place", "/embed/places/E08000025", theme));
        }
        return all.stream();
    }

    private static PartnerSite partner;
    private static Browser browser;

    @BeforeAll
    static void start() {
        partner = PartnerSite.start();
        browser = Browser.start(1024, 900);
    }

    @BeforeEach
    void forgetEarlierConsoleMessages() {
        browser.consoleMessages();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (partner != null) {
            partner.close();
        }
    }

    @AfterEach
    void setNoCookies() {
        assertEquals(List.of(), browser.allCookies(), "cookies held by the browser");
    }

    @ParameterizedTest(name = "{0} card, {2} theme")
    @MethodSource("cardsInEachTheme")
    void shouldRenderInAFrameOfAnotherSite(String type, String path, String theme) {
        String card = TheApp.url(path + (theme.equals("light") ? "" : "?theme=" + theme));
        String page = partner.page(
                "/" + type + "-" + theme,
                "A partner council's page",
                "<p>Our local economy, from the West Midlands Plan for Growth:</p>"
                        + PartnerSite.frame("card", card, 480, 760, "Embed card"));
        browser.open(page);
        assertNotEquals(URI.create(page).getHost(), URI.create(card).getHost(), "the partner page is another origin");
        WebElement frame = browser.driver().findElement(By.id("card"));
        browser.driver().switchTo().frame(frame);
        try {
            WebElement article = browser.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.pfg-card")));
            assertEquals(card, browser.script("return document.URL"));
            assertEquals(200L, browser.status());
            assertEquals(type, article.getDomAttribute("data-pfg-type"));
            assertEquals(theme, article.getDomAttribute("data-theme"));
            assertTrue(!article.findElement(By.cssSelector("h1")).getText().isBlank(), "the card shows its name");
            double background = luminance(article.getCssValue("background-color"));
            double text = luminance(article.getCssValue("color"));
            if (theme.equals("light")) {
                assertTrue(background > 0.8 && text < 0.1, "light: dark text on a light card");
            } else {
                assertTrue(background < 0.05 && text > 0.8, "dark: light text on a dark card");
            }
            assertNoSidewaysScrolling(type + " " + theme + " at 480 px");
        } finally {
            browser.driver().switchTo().defaultContent();
        }
        browser.screenshot(frame, "partner-" + type + "-" + theme);
        browser.screenshotPage("partner-page-" + type + "-" + theme);
        assertEquals(List.of(), browser.consoleErrors(), "console errors");
    }

    @ParameterizedTest(name = "{0} card, {2} theme")
    @MethodSource("cardsInEachTheme")
    void shouldFitAFrameAsNarrowAsTheNarrowestLayoutWithoutScrollingSideways(String type, String path, String theme) {
        String card = TheApp.url(path + (theme.equals("light") ? "" : "?theme=" + theme));
        String page = partner.page(
                "/narrow-" + type + "-" + theme,
                "A narrow column",
                PartnerSite.frame("card", card, EmbedCards.MIN_WIDTH, 1400, "Embed card"));
        browser.open(page);
        WebElement frame = browser.driver().findElement(By.id("card"));
        browser.driver().switchTo().frame(frame);
        try {
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.pfg-card")));
            assertEquals(
                    (long) EmbedCards.MIN_WIDTH, ((Number) browser.script("return window.innerWidth")).longValue());
            assertNoSidewaysScrolling(type + " " + theme + " at " + EmbedCards.MIN_WIDTH + " px");
        } finally {
            browser.driver().switchTo().defaultContent();
        }
        browser.screenshot(frame, "partner-" + EmbedCards.MIN_WIDTH + "px-" + type + "-" + theme);
        assertEquals(List.of(), browser.consoleErrors(), "console errors");
    }

    @Test
    void shouldRenderTheSnippetOfTheOembedAnswer() throws Exception {
        String card = TheApp.url("/embed/clusters/electric-light-vehicles");
        JsonNode oembed = oembed(card, 400);
        assertEquals("rich", oembed.get("type").asText());
        String html = oembed.get("html").asText();
        Matcher src = Pattern.compile("<iframe src=\"([^\"]+)\"").matcher(html);
        assertTrue(src.find(), html);
        assertEquals(card, src.group(1));
        String page = partner.page(
                "/oembed",
                "A page whose CMS pasted the oEmbed answer",
                "<p>Pasted by our CMS:</p><div id=\"embed\">" + html + "</div>");
        browser.open(page);
        WebElement frame = browser.driver().findElement(By.cssSelector("#embed iframe"));
        assertTrue(frame.getSize().getWidth() <= 400, "the frame keeps to maxwidth: " + frame.getSize());
        assertEquals(oembed.get("height").asInt(), frame.getSize().getHeight());
        browser.driver().switchTo().frame(frame);
        try {
            WebElement article = browser.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.pfg-card")));
            assertEquals(
                    oembed.get("title").asText(),
                    article.findElement(By.cssSelector("h1")).getText());
            assertNoSidewaysScrolling("the oEmbed snippet");
            long hidden = ((Number) browser.script(
                            "return document.documentElement.scrollHeight - document.documentElement.clientHeight"))
                    .longValue();
            assertTrue(hidden <= 0, "the suggested height shows the whole card; hidden: " + hidden + " px");
        } finally {
            browser.driver().switchTo().defaultContent();
        }
        browser.screenshot(frame, "embed-card-400px"); // the README's docs/embed-card.png
        browser.screenshotPage("partner-oembed-snippet");
        assertEquals(List.of(), browser.consoleErrors(), "console errors");
    }

    @Test
    void shouldRefuseToBeFramedByAnotherSiteExceptForCards() {
        List<String> refused = List.of("/", "/api/v1", "/q/swagger-ui/", "/api/v1/clusters/electric-light-vehicles");
        StringBuilder frames = new StringBuilder();
        for (int i = 0; i < refused.size(); i++) {
            frames.append(PartnerSite.frame("refused-" + i, TheApp.url(refused.get(i)), 400, 200, "Framed page"));
        }
        String card = TheApp.url("/embed/places/E08000025");
        frames.append(PartnerSite.frame("allowed", card, 400, 600, "Embed card"));
        browser.open(partner.page("/framing", "Framing attempts", frames.toString()));
        browser.driver().switchTo().frame("allowed");
        try {
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.pfg-card")));
        } finally {
            browser.driver().switchTo().defaultContent();
        }
        // Chromium names only the origin of a page it refused to frame, so each refusal is counted, and each frame
        // is checked to show an error page rather than ours.
        List<String> refusals = browser.consoleMessages().stream()
                .map(entry -> entry.getMessage())
                .filter(m -> m.contains("'" + TheApp.origin() + "/'")
                        && m.contains("Content Security Policy directive: \"frame-ancestors 'none'\""))
                .toList();
        assertEquals(refused.size(), refusals.size(), "one refusal per page framed but the card's: " + refusals);
        for (int i = 0; i < refused.size(); i++) {
            String url = TheApp.url(refused.get(i));
            browser.driver().switchTo().frame("refused-" + i);
            try {
                assertNotEquals(url, browser.script("return document.URL"), url + " is not shown");
                assertEquals(
                        List.of(),
                        browser.driver().findElements(By.cssSelector("body *")).stream()
                                .map(WebElement::getText)
                                .filter(text -> text.contains("Plan for Growth") || text.contains("Swagger"))
                                .toList(),
                        url + " shows nothing of ours");
            } finally {
                browser.driver().switchTo().defaultContent();
            }
        }
        browser.screenshotPage("partner-framing-refused");
    }

    /** The document in view (a frame's) is no wider than its viewport. */
    private static void assertNoSidewaysScrolling(String what) {
        Number scroll = (Number) browser.script("return document.documentElement.scrollWidth");
        Number client = (Number) browser.script("return document.documentElement.clientWidth");
        assertTrue(
                scroll.longValue() <= client.longValue(),
                what + ": scrollWidth " + scroll + " > clientWidth " + client + " (sideways scrolling)");
    }

    private static JsonNode oembed(String url, int maxWidth) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(TheApp.url("/oembed?url="
                                        + URLEncoder.encode(url, StandardCharsets.UTF_8) + "&maxwidth=" + maxWidth)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body());
    }

    /** Relative luminance (WCAG) of a CSS rgb()/rgba() colour. */
    static double luminance(String css) {
        Matcher rgb = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(css);
        assertTrue(rgb.find(), css);
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(rgb.group(i + 1)) / 255.0;
            channels[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
