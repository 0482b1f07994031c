package uk.org.wmca.planforgrowth.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * axe-core, the accessibility engine, pinned in {@code src/test/browser/package-lock.json}: installed on first use
 * with {@code npm ci} into {@code target/browser} (from npm's cache when it holds the package), injected into the page
 * in view and each of its frames, and run with the WCAG 2.0, 2.1 and 2.2 A and AA rules and axe's best practices.
 * Each result is written to {@code target/axe/NAME.json}; {@code target/axe/summary.md} sums them all up.
 */
final class Axe {

    static final List<String> TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice");
    static final Path REPORTS = Path.of("target", "axe");

    private static final Path PACKAGE = Path.of("src", "test", "browser");
    private static final Path INSTALL = Path.of("target", "browser");
    private static final Path SCRIPT = INSTALL.resolve(Path.of("node_modules", "axe-core", "axe.min.js"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String source;

    /** What axe found on one page. */
    record Result(String name, JsonNode json) {

        List<JsonNode> violations() {
            return list("violations");
        }

        List<JsonNode> incomplete() {
            return list("incomplete");
        }

        int passes() {
            return json.path("passes").size();
        }

        /** One line per violation: the rule, its impact, help text and the elements at fault. */
        String describeViolations() {
            StringBuilder text = new StringBuilder();
            for (JsonNode violation : violations()) {
                text.append("\n  ")
                        .append(violation.path("id").asText())
                        .append(" (")
                        .append(violation.path("impact").asText())
                        .append("): ")
                        .append(violation.path("help").asText());
                for (JsonNode node : violation.path("nodes")) {
                    text.append("\n    ")
                            .append(node.path("target"))
                            .append(" ")
                            .append(node.path("html"));
                }
            }
            return text.toString();
        }

        private List<JsonNode> list(String key) {
            List<JsonNode> items = new ArrayList<>();
            json.path(key).forEach(items::add);
            return items;
        }
    }

    private Axe() {}

    /** Runs axe on the page in view (its frames too) and writes target/axe/NAME.json and the summary. */
    static Result run(Browser browser, String name) {
        String axe = source();
        browser.driver().switchTo().defaultContent();
        browser.script(axe);
        for (WebElement frame : browser.driver().findElements(By.tagName("iframe"))) {
            browser.driver().switchTo().frame(frame);
            browser.script(axe);
            browser.driver().switchTo().defaultContent();
        }
        Object answer = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {
                  runOnly: { type: 'tag', values: arguments[0] },
                  resultTypes: ['violations', 'incomplete']
                }).then(r => done(JSON.stringify(r)), e => done(JSON.stringify({ error: String(e) })));
                """, TAGS);
        try {
            JsonNode json = JSON.readTree((String) answer);
            if (json.has("error")) {
                throw new IllegalStateException("axe failed on " + name + ": " + json.get("error"));
            }
            Files.createDirectories(REPORTS);
            JSON.writerWithDefaultPrettyPrinter()
                    .writeValue(REPORTS.resolve(name + ".json").toFile(), json);
            writeSummary();
            return new Result(name, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** target/axe/summary.md: for each page checked, the count of violations, incomplete checks and rules passed. */
    private static synchronized void writeSummary() throws IOException {
        StringBuilder text = new StringBuilder("# axe-core results\n\nRules: ")
                .append(String.join(", ", TAGS))
                .append(". axe-core ")
                .append(version())
                .append(".\n\n| page | URL | violations | incomplete | rules passed |\n|---|---|---|---|---|\n");
        List<String> notes = new ArrayList<>();
        try (Stream<Path> files = Files.list(REPORTS)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode json = JSON.readTree(file.toFile());
                String name = file.getFileName().toString().replace(".json", "");
                text.append("| ")
                        .append(name)
                        .append(" | ")
                        .append(json.path("url").asText())
                        .append(" | ")
                        .append(json.path("violations").size())
                        .append(" | ")
                        .append(json.path("incomplete").size())
                        .append(" | ")
                        .append(json.path("passes").size())
                        .append(" |\n");
                for (String key : List.of("violations", "incomplete")) {
                    for (JsonNode rule : json.path(key)) {
                        notes.add("- " + name + ", " + key + ": `"
                                + rule.path("id").asText() + "` ("
                                + rule.path("nodes").size() + " elements): "
                                + rule.path("help").asText());
                    }
                }
            }
        }
        if (!notes.isEmpty()) {
            text.append("\n## Findings\n\n").append(String.join("\n", notes)).append('\n');
        }
        Files.writeString(REPORTS.resolve("summary.md"), text, StandardCharsets.UTF_8);
    }

    private static String version() throws IOException {
        Path manifest = INSTALL.resolve(Path.of("node_modules", "axe-core", "package.json"));
        return Files.isRegularFile(manifest)
                ? JSON.readTree(manifest.toFile()).path("version").asText()
                : "?";
    }

    /** The axe-core script, installed on first use. */
    private static synchronized String source() {
        if (source == null) {
            try {
                if (!Files.isRegularFile(SCRIPT)) {
                    install();
                }
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** npm ci of the pinned package into target/browser: the lock file decides the version and its checksum. */
    private static void install() throws IOException {
        Files.createDirectories(INSTALL);
        for (String file : List.of("package.json", "package-lock.json")) {
            Files.copy(PACKAGE.resolve(file), INSTALL.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Path log = INSTALL.resolve("npm-ci.log");
        Process npm = new ProcessBuilder(
                        "npm",
                        "ci",
                        "--prefer-offline",
                        "--ignore-scripts",
                        "--no-audit",
                        "--no-fund",
                        "--no-update-notifier")
                .directory(INSTALL.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isRegularFile(SCRIPT)) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci of axe-core failed (Node.js and npm are needed). Its output:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
