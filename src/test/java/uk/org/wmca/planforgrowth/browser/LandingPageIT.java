package uk.org.wmca.planforgrowth.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The landing page in a real browser: every link works when followed, and every gallery frame shows its card. */
@ExtendWith(TheApp.class)
class LandingPageIT {

    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start(1280, 900);
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
    }

    @Test
    void shouldShowEveryGalleryCardInItsFrame() {
        browser.open(TheApp.url("/"));
        assertEquals(200L, browser.status());
        List<WebElement> frames = browser.driver().findElements(By.cssSelector(".gallery iframe"));
        assertEquals(3, frames.size(), "one frame per card type");
        Set<String> types = new LinkedHashSet<>();
        for (WebElement frame : frames) {
            String title = frame.getDomAttribute("title");
            browser.driver().switchTo().frame(frame);
            try {
                WebElement article = browser.waiting()
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.pfg-card")));
                types.add(article.getDomAttribute("data-pfg-type"));
                String name = article.findElement(By.cssSelector("h1")).getText();
                assertEquals(name + ": embed card", title, "the frame's title names its card");
                long overflow = ((Number) browser.script("return document.documentElement.scrollWidth"
                                + " - document.documentElement.clientWidth"))
                        .longValue();
                assertTrue(overflow <= 0, name + " scrolls sideways in the gallery by " + overflow + " px");
            } finally {
                browser.driver().switchTo().defaultContent();
            }
            browser.screenshot(frame, "landing-gallery-" + types.toArray()[types.size() - 1]);
        }
        assertEquals(Set.of("cluster", "theme", "place"), types);
        browser.screenshotPage("landing-page-full");
        assertEquals(List.of(), browser.consoleErrors(), "console errors on /");
        assertEquals(List.of(), browser.allCookies(), "cookies");
    }

    @Test
    void shouldAnswerEveryLinkWhenFollowed() {
        browser.open(TheApp.url("/"));
        List<String> hrefs =
                new ArrayList<>(new LinkedHashSet<>(browser.driver().findElements(By.cssSelector("a[href]")).stream()
                        .map(a -> a.getDomProperty("href"))
                        .toList()));
        Set<String> ids = new LinkedHashSet<>(browser.driver().findElements(By.cssSelector("[id]")).stream()
                .map(e -> e.getDomAttribute("id"))
                .toList());
        List<String> failures = new ArrayList<>();
        int followed = 0;
        int inPage = 0;
        for (String href : hrefs) {
            if (href.startsWith(TheApp.url("/#"))) {
                inPage++;
                if (!ids.contains(href.substring(href.indexOf('#') + 1))) {
                    failures.add(href + ": no such element");
                }
                continue;
            }
            if (!href.startsWith(TheApp.origin())) {
                assertTrue(href.startsWith("https://"), "another site, by HTTPS: " + href);
                continue; // the publisher's site: this machine has no way out
            }
            browser.open(href);
            String url = (String) browser.script("return document.URL");
            long status = browser.status();
            if (status != 200) {
                failures.add(href + ": " + status + " at " + url);
            }
            followed++;
        }
        assertEquals(List.of(), failures, "links that do not work");
        assertTrue(followed >= 40, "links followed: " + followed);
        assertTrue(inPage >= 4, "in-page links: " + inPage);
        assertEquals(List.of(), browser.consoleErrors(), "console errors on the pages linked");
        assertEquals(List.of(), browser.allCookies(), "cookies");
        assertFalse(hrefs.isEmpty());
    }
}
