package uk.org.wmca.planforgrowth.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Swagger UI in a real browser: it loads from the bundled assets, and "Try it out" calls the API for real. */
@ExtendWith(TheApp.class)
class SwaggerUiIT {

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(1280, 1000);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void shouldListTheClustersWhenTryingOutTheirListOperation() {
        browser.open(TheApp.url("/q/swagger-ui"));
        WebElement operation = browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("operations-Clusters-listClusters")));
        assertEquals(200, browser.status());
        operation.findElement(By.cssSelector(".opblock-summary-control")).click();
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".try-out__btn"))))
                .click();
        WebElement execute = browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".execute"))));
        execute.click();
        WebElement status = browser.waiting()
                .until(ExpectedConditions.presenceOfNestedElementLocatedBy(
                        operation, By.cssSelector(".live-responses-table .response .response-col_status")));
        String requestUrl =
                operation.findElement(By.cssSelector(".request-url pre")).getText();
        String body = operation
                .findElement(By.cssSelector(".live-responses-table .response-col_description pre"))
                .getText();
        browser.screenshot(operation, "swagger-ui-try-list-clusters");
        assertEquals("200", status.getText().trim(), "status of " + requestUrl + ": " + body);
        // Swagger UI fills in the documented defaults of page, size and preview, which change nothing; it must send
        // no example (preview=true needs a token, format=csv asks for CSV).
        URI sent = URI.create(requestUrl);
        assertEquals(TheApp.url("/api/v1/clusters"), requestUrl.replaceFirst("\\?.*", ""));
        Map<String, String> defaults = Map.of("page", "1", "size", "20", "preview", "false");
        if (sent.getRawQuery() != null) {
            for (String parameter : sent.getRawQuery().split("&")) {
                String[] nameAndValue = parameter.split("=", 2);
                assertEquals(
                        defaults.get(nameAndValue[0]),
                        nameAndValue.length > 1 ? nameAndValue[1] : "",
                        "Try it out sends only documented defaults: " + requestUrl);
            }
        }
        assertTrue(body.contains("electric-light-vehicles"), body);
        assertEquals(List.of(), browser.consoleErrors(), "console errors on Swagger UI");
        assertEquals(List.of(), browser.allCookies(), "cookies");
    }

    @Test
    void shouldLoadWithoutConsoleErrorsOrCookies() {
        browser.open(TheApp.url("/q/swagger-ui/"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-tag")));
        assertEquals(200, browser.status());
        assertFalse(browser.driver().findElements(By.cssSelector(".opblock")).isEmpty(), "Swagger UI lists operations");
        browser.screenshotPage("swagger-ui");
        assertEquals(List.of(), browser.consoleErrors(), "console errors on Swagger UI");
        assertEquals(List.of(), browser.allCookies(), "cookies");
    }
}
