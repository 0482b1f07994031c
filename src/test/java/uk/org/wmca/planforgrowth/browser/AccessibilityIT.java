package uk.org.wmca.planforgrowth.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, A and AA, and best practices) on the landing page with its gallery's frames and
 * on each card type in both themes: no violations. Reports in target/axe, screenshots in target/screenshots.
 */
@ExtendWith(TheApp.class)
class AccessibilityIT {

    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    static Stream<String> cards() {
        return Stream.of(
                "/embed/clusters/electric-light-vehicles",
                "/embed/clusters/electric-light-vehicles?theme=dark",
                "/embed/themes/commitment-to-net-zero",
                "/embed/themes/commitment-to-net-zero?theme=dark",
                "/embed/places/E08000025",
                "/embed/places/E08000025?theme=dark",
                "/embed/clusters/aerospace",
                "/embed/places/stratford-on-avon?theme=dark");
    }

    @BeforeEach
    void forgetEarlierConsoleMessages() {
        browser.consoleMessages();
    }

    @Test
    void shouldFindNoViolationsOnTheLandingPage() {
        browser.open(TheApp.url("/"));
        Axe.Result result = Axe.run(browser, "landing-page");
        browser.screenshotPage("landing-page");
        assertEquals(0, result.violations().size(), "axe on /:" + result.describeViolations());
        assertTrue(result.passes() > 20, "axe ran its rules: " + result.passes() + " passed");
        assertEquals(List.of(), browser.consoleErrors(), "console errors");
        assertEquals(List.of(), browser.allCookies(), "cookies");
    }

    @ParameterizedTest
    @MethodSource("cards")
    void shouldFindNoViolationsOnACard(String path) {
        browser.open(TheApp.url(path));
        String name =
                "card-" + path.substring("/embed/".length()).replace('/', '-').replace("?theme=", "-");
        Axe.Result result = Axe.run(browser, name);
        browser.screenshotPage(name);
        assertEquals(0, result.violations().size(), "axe on " + path + ":" + result.describeViolations());
        assertTrue(result.passes() > 10, "axe ran its rules: " + result.passes() + " passed");
        assertEquals(List.of(), browser.consoleErrors(), "console errors");
        assertEquals(List.of(), browser.allCookies(), "cookies");
    }
}
