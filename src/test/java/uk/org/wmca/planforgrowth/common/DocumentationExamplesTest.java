package uk.org.wmca.planforgrowth.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.Api;
import uk.org.wmca.planforgrowth.TestDatabases;
import uk.org.wmca.planforgrowth.Tokens;

/**
 * The {@code curl} examples of the README and of the guides in {@code docs/}, run against the app on a fresh database
 * of their own, page after page ({@link #pages()}) and in each page's order, so that they cannot drift from what the
 * server does. Each example's command line is parsed (method, path and query,
 * headers, body); {@code localhost:8080} is this app and {@code $PFG_ADMIN_TOKEN}, {@code $ADMIN} and {@code $EDITOR}
 * are tokens. The status checked is the one the page shows ({@code HTTP/1.1 201 Created}, a {@code -w
 * '%{http_code}'} line, a {@code # 204} comment) or implies (a {@code jq} filter on {@code .detail} or {@code .errors}
 * reads an error, anything else a success); where a page lists a refusal's {@code errors}, it lists all of them.
 */
@QuarkusTest
@TestProfile(DocumentationExamplesTest.Profile.class)
class DocumentationExamplesTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", TestDatabases.url("readme"));
        }
    }

    private static final Pattern HTTP_STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})\\b");
    private static final Pattern PROBLEM_STATUS = Pattern.compile("\"status\":\\s*(\\d{3})\\b");
    private static final Pattern COMMENT_STATUS = Pattern.compile("#\\s*(\\d{3})\\b");

    /** The guides whose examples run after the README's, in this order (the order a reader meets them). */
    static final List<String> GUIDES =
            List.of("api-guide.md", "editing.md", "embedding.md", "operations.md", "development.md", "architecture.md");

    /** Pages under docs/ whose examples do not run, and why. */
    static final Map<String, String> NOT_RUN = Map.of(
            "deployment.md",
            "its examples address a production host (https://api.example.org) and upload a file (--data-binary)");

    /** Pages that must each have at least one example that runs, so that none can silently stop being tested. */
    static final List<String> WITH_EXAMPLES =
            List.of("README.md", "api-guide.md", "editing.md", "embedding.md", "operations.md");

    /** One example: its page, the command (continuations joined) and the lines the page shows after it. */
    record Example(Path page, int line, String command, List<String> output) {}

    /**
     * The pages whose examples run, in order: the README, the {@link #GUIDES}, then every other Markdown page under
     * docs/ (sorted) but those {@link #NOT_RUN}.
     */
    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(Path.of("README.md"));
        for (String guide : GUIDES) {
            Path page = Path.of("docs", guide);
            assertTrue(Files.isRegularFile(page), "the guide " + page + " exists");
            pages.add(page);
        }
        try (Stream<Path> all = Files.walk(Path.of("docs"))) {
            all.filter(page -> page.toString().endsWith(".md"))
                    .sorted()
                    .filter(page -> !pages.contains(page))
                    .filter(page -> !NOT_RUN.containsKey(
                            Path.of("docs").relativize(page).toString()))
                    .forEach(pages::add);
        }
        return pages;
    }

    @Test
    void everyCurlExampleInTheReadmeAndTheGuidesAnswersWhatThePageShows() throws IOException {
        for (String page : NOT_RUN.keySet()) {
            assertTrue(Files.isRegularFile(Path.of("docs", page)), "docs/" + page + " is left out, so it exists");
        }
        List<Example> examples = new ArrayList<>();
        for (Path page : pages()) {
            examples.addAll(examples(page, Files.readAllLines(page)));
        }
        Map<String, Integer> runPerPage = new LinkedHashMap<>();
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("PFG_ADMIN_TOKEN", Tokens.admin());
        variables.put("ADMIN", Tokens.admin());
        variables.put("ADMIN_TOKEN", Tokens.admin());
        variables.put("EDITOR", Tokens.create("Content team: Jo Bloggs", "editor"));
        Map<String, String> lastIds = new LinkedHashMap<>();
        int run = 0;
        for (Example example : examples) {
            Curl curl = Curl.parse(example.command(), variables);
            // localhost:8080 inside a URL (an oEmbed url=…) is this app too.
            String path = curl.path()
                    .replace("localhost%3A8080", "localhost%3A" + io.restassured.RestAssured.port)
                    .replace("localhost:8080", "localhost:" + io.restassured.RestAssured.port);
            for (Map.Entry<String, String> id : lastIds.entrySet()) {
                path = path.replaceAll("^(" + Pattern.quote(id.getKey()) + "/)\\d+", "$1" + id.getValue());
            }
            RequestSpecification request = Api.given().urlEncodingEnabled(false);
            for (Map.Entry<String, String> header : curl.headers().entrySet()) {
                String value = header.getValue();
                if (header.getKey().equalsIgnoreCase("If-None-Match")) {
                    value = Api.given().urlEncodingEnabled(false).get(path).header("ETag"); // the copy is current
                }
                request.header(header.getKey(), value);
            }
            if (curl.body() != null) {
                request.body(curl.body());
            }
            Response response = request.request(curl.method(), path);
            if (response.statusCode() == 422
                    && response.jsonPath().getList("errors").size() == 1
                    && response.jsonPath().getString("errors[0].message").endsWith("does not resolve.")) {
                // A partner's webhook host resolves where the API runs, not on a test machine without DNS: the
                // example is sent again with a local receiver (private hosts are allowed in tests) in its place.
                response = request.body(curl.body().replaceAll("https://[a-z.]+/", "http://127.0.0.1:9/"))
                        .request(curl.method(), path);
            }
            String where = example.page() + " line " + example.line() + ": " + curl.method() + " " + path;
            int status = response.statusCode();
            Integer shown = shownStatus(example, curl);
            if (shown != null) {
                assertEquals(shown.intValue(), status, where + " answered " + response.asString());
            } else if (curl.filter().matches("(?s).*\\.(detail|errors)\\b.*")) {
                assertTrue(status >= 400 && status < 500, where + ": an error, but " + status);
            } else {
                assertTrue(
                        status >= 200 && status < 300,
                        where + ": a success, but " + status + " " + response.asString());
            }
            if (curl.filter().contains(".errors[]")) {
                JsonNode errors =
                        new ObjectMapper().readTree(response.asString()).path("errors");
                assertEquals(
                        example.output().size(),
                        errors.size(),
                        where + ": the page lists " + example.output() + "; the server answers " + errors);
            }
            if (status == 201 && path.matches("/api/v1/admin/(tokens|webhooks)")) {
                lastIds.put(path, String.valueOf(response.jsonPath().getInt("data.id")));
            }
            run++;
            runPerPage.merge(example.page().getFileName().toString(), 1, Integer::sum);
        }
        // The README had 40 examples before the guides were split out of it; each of them still runs in a guide.
        assertTrue(run >= 40, "curl examples run: " + run + " " + runPerPage);
        for (String page : WITH_EXAMPLES) {
            assertTrue(runPerPage.getOrDefault(page, 0) > 0, page + " has examples that run: " + runPerPage);
        }
    }

    private static Integer shownStatus(Example example, Curl curl) {
        if (curl.writeOut() != null
                && curl.writeOut().contains("%{http_code}")
                && !example.output().isEmpty()) {
            return Integer.valueOf(example.output().get(0).trim());
        }
        for (String line : example.output()) {
            Matcher http = HTTP_STATUS.matcher(line);
            if (http.find()) {
                return Integer.valueOf(http.group(1));
            }
        }
        for (String line : example.output()) {
            Matcher problem = PROBLEM_STATUS.matcher(line);
            if (problem.find()) {
                return Integer.valueOf(problem.group(1)); // a problem+json body shown
            }
        }
        Matcher comment = COMMENT_STATUS.matcher(curl.comment() + " " + String.join(" ", example.output()));
        return comment.find() ? Integer.valueOf(comment.group(1)) : null;
    }

    /** The curl commands in a page's code blocks ({@code $ curl …} with its output, or {@code curl …}). */
    static List<Example> examples(Path page, List<String> lines) {
        List<Example> examples = new ArrayList<>();
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            String text = line.startsWith("$ ") ? line.substring(2) : line;
            if (!inBlock || !text.startsWith("curl ")) {
                continue;
            }
            int start = i;
            StringBuilder command = new StringBuilder(text);
            while (command.toString().stripTrailing().endsWith("\\") || openQuote(command.toString())) {
                String joined = command.toString().stripTrailing();
                if (joined.endsWith("\\")) {
                    command.setLength(0);
                    command.append(joined, 0, joined.length() - 1);
                } else {
                    command.append('\n');
                }
                command.append(lines.get(++i).strip());
                command.append(' ');
            }
            List<String> output = new ArrayList<>();
            while (i + 1 < lines.size()
                    && !lines.get(i + 1).startsWith("```")
                    && !lines.get(i + 1).startsWith("$ ")
                    && !lines.get(i + 1).startsWith("curl ")) {
                String next = lines.get(++i);
                if (!next.isBlank()) {
                    output.add(next);
                }
            }
            examples.add(new Example(page, start + 1, command.toString(), output));
        }
        return examples;
    }

    private static boolean openQuote(String text) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single && (i == 0 || text.charAt(i - 1) != '\\')) {
                dbl = !dbl;
            }
        }
        return single || dbl;
    }

    /** A parsed curl command line: what it sends, and what follows it on the line (a pipe, a comment). */
    record Curl(
            String method,
            String path,
            Map<String, String> headers,
            String body,
            String writeOut,
            String filter,
            String comment) {

        static Curl parse(String command, Map<String, String> variables) {
            List<String> words = new ArrayList<>();
            StringBuilder word = null;
            String rest = "";
            int i = 0;
            while (i < command.length()) {
                char c = command.charAt(i);
                if (word == null && (c == '|' || c == '#')) {
                    rest = command.substring(i);
                    break;
                }
                if (Character.isWhitespace(c)) {
                    if (word != null) {
                        words.add(word.toString());
                        word = null;
                    }
                    i++;
                    continue;
                }
                if (word == null) {
                    word = new StringBuilder();
                }
                if (c == '\'') {
                    int end = command.indexOf('\'', i + 1);
                    word.append(command, i + 1, end);
                    i = end + 1;
                } else if (c == '"') {
                    i++;
                    while (command.charAt(i) != '"') {
                        char d = command.charAt(i);
                        if (d == '\\' && i + 1 < command.length()) {
                            word.append(command.charAt(++i));
                            i++;
                        } else if (d == '$') {
                            int end = i + 1;
                            while (end < command.length()
                                    && (Character.isLetterOrDigit(command.charAt(end)) || command.charAt(end) == '_')) {
                                end++;
                            }
                            String name = command.substring(i + 1, end);
                            if (!variables.containsKey(name)) {
                                fail("A page uses $" + name + ", which this test does not know: " + command);
                            }
                            word.append(variables.get(name));
                            i = end;
                        } else {
                            word.append(d);
                            i++;
                        }
                    }
                    i++;
                } else {
                    word.append(c);
                    i++;
                }
            }
            if (word != null) {
                words.add(word.toString());
            }
            String method = null;
            String url = null;
            String body = null;
            String writeOut = null;
            Map<String, String> headers = new LinkedHashMap<>();
            for (int w = 1; w < words.size(); w++) {
                String arg = words.get(w);
                switch (arg) {
                    case "-X" -> method = words.get(++w);
                    case "-H" -> {
                        String header = words.get(++w);
                        int colon = header.indexOf(':');
                        headers.put(
                                header.substring(0, colon).trim(),
                                header.substring(colon + 1).trim());
                    }
                    case "-d", "--data" -> body = words.get(++w);
                    case "-w" -> writeOut = words.get(++w);
                    case "-o", "-D" -> w++;
                    default -> {
                        if (arg.startsWith("-")) {
                            assertTrue(arg.matches("-[sifS]+"), "curl option this test does not know: " + arg);
                        } else {
                            url = arg;
                        }
                    }
                }
            }
            assertTrue(url != null && url.startsWith("localhost:8080/"), "a URL on localhost:8080: " + command);
            if (method == null) {
                method = body == null ? "GET" : "POST";
            }
            if (body != null && headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Content-Type"))) {
                headers.put("Content-Type", "application/x-www-form-urlencoded"); // what curl -d sends
            }
            String filter = rest.startsWith("|") ? rest : "";
            String comment = rest.contains("#") ? rest.substring(rest.indexOf('#')) : "";
            return new Curl(method, url.substring("localhost:8080".length()), headers, body, writeOut, filter, comment);
        }
    }
}
