package uk.org.wmca.planforgrowth.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.org.wmca.planforgrowth.query.PackagedApp;

/**
 * Starts the packaged application once for all the browser tests of a run (the first one to need it starts it; JUnit
 * stops it at the end of the run), addressed as {@code http://localhost:PORT} so that the partner site, on
 * {@code 127.0.0.1}, is another origin. Tests are skipped before anything starts when Chromium is missing.
 */
final class TheApp implements ExecutionCondition, BeforeAllCallback {

    private static final Path LOG = Path.of("target", "browser-tests-app.log");

    private static volatile PackagedApp app;

    /** Without Chromium the browser tests are skipped, saying why (or fail, with PFG_BROWSER_TESTS=required). */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Browser.installed()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        String why = Browser.whyNotInstalled();
        if ("required".equals(System.getenv("PFG_BROWSER_TESTS"))) {
            throw new IllegalStateException("PFG_BROWSER_TESTS=required, but " + why);
        }
        System.err.println(why); // in Maven's output too, not only in the report
        return ConditionEvaluationResult.disabled(why);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Browser.assumeInstalled();
        app = context.getRoot()
                .getStore(ExtensionContext.Namespace.create(TheApp.class))
                .computeIfAbsent(PackagedApp.class, key -> start(), PackagedApp.class);
    }

    private static PackagedApp start() {
        try {
            return PackagedApp.start(LOG);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The application's origin, {@code http://localhost:PORT}. */
    static String origin() {
        return "http://localhost:" + app.port();
    }

    /** An absolute URL of the application. */
    static String url(String path) {
        return origin() + path;
    }
}
