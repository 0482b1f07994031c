package uk.org.wmca.planforgrowth.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through chromedriver, both Debian's ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}): Selenium is told where they are, so it never looks for or downloads a browser or a
 * driver of its own. Each browser has a fresh profile, removed when it is closed. Without Chromium the browser tests
 * are skipped (a JUnit assumption); {@code .ci/run} installs it, so CI always runs them.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("pfg.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("pfg.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether Debian's Chromium and its driver are installed. */
    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Skips the calling test, saying why, unless Chromium and chromedriver are installed; with the environment
     * variable {@code PFG_BROWSER_TESTS=required} (set by {@code .ci/run}) it fails instead.
     */
    static void assumeInstalled() {
        if ("required".equals(System.getenv("PFG_BROWSER_TESTS"))) {
            assertTrue(
                    installed(), "PFG_BROWSER_TESTS=required, but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        }
        assumeTrue(installed(), Browser::whyNotInstalled);
    }

    static String whyNotInstalled() {
        return "Browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed (Debian packages chromium"
                + " and chromium-driver; .ci/run installs them)";
    }

    /** Starts a headless Chromium with a fresh profile and a window of the given size. */
    static Browser start(int width, int height) {
        assumeInstalled();
        // Selenium Manager is only asked when a path is missing; say that it must not go online regardless.
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("pfg-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-default-apps",
                        "--disable-extensions",
                        "--no-first-run",
                        "--no-default-browser-check",
                        "--hide-scrollbars",
                        "--force-device-scale-factor=1",
                        "--lang=en-GB",
                        "--window-size=" + width + "," + height,
                        "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
        return new Browser(driver, profile);
    }

    WebDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    /** Opens a URL and waits for its document to load. */
    void open(String url) {
        driver.get(url);
        waiting().until(d -> "complete".equals(script("return document.readyState")));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** The HTTP status of the document in view (the Navigation Timing entry of its load). */
    long status() {
        Object status = script(
                "const n = performance.getEntriesByType('navigation')[0];" + " return n ? n.responseStatus : -1;");
        return ((Number) status).longValue();
    }

    /** Every cookie the browser holds, for any site (DevTools: Network.getAllCookies), not only the page's. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> allCookies() {
        Map<String, Object> answer = driver.executeCdpCommand("Network.getAllCookies", Map.of());
        return (List<Map<String, Object>>) answer.get("cookies");
    }

    /** The console messages since the last call, e.g. failed loads, CSP refusals and script errors. */
    List<LogEntry> consoleMessages() {
        return new ArrayList<>(driver.manage().logs().get(LogType.BROWSER).getAll());
    }

    /** The console messages since the last call at error level ({@code SEVERE}). */
    List<String> consoleErrors() {
        return consoleMessages().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Resizes the window (CSS pixels, at a device scale factor of 1). */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** A screenshot of the whole page (the window grown to the document's height) as target/screenshots/NAME.png. */
    Path screenshotPage(String name) {
        Dimension before = driver.manage().window().getSize();
        Number height = (Number) script("return Math.max(document.documentElement.scrollHeight,"
                + " document.body ? document.body.scrollHeight : 0)");
        resize(before.getWidth(), Math.min(8000, Math.max(before.getHeight(), height.intValue() + 140)));
        try {
            return save(name, driver.getScreenshotAs(OutputType.FILE).toPath());
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** A screenshot of one element, whole (the window grown to show it all), as target/screenshots/NAME.png. */
    Path screenshot(WebElement element, String name) {
        Dimension before = driver.manage().window().getSize();
        Number bottom = (Number) script(
                "const box = arguments[0].getBoundingClientRect(); return box.bottom + window.scrollY;", element);
        resize(before.getWidth(), Math.min(8000, Math.max(before.getHeight(), bottom.intValue() + 140)));
        try {
            return save(
                    name,
                    ((TakesScreenshot) element).getScreenshotAs(OutputType.FILE).toPath());
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private static Path save(String name, Path taken) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.move(taken, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a leftover profile in the temporary folder is harmless
            }
        }
    }
}
