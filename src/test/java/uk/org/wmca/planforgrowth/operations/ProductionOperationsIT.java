package uk.org.wmca.planforgrowth.operations;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * What operators rely on, checked on the packaged jar in its production profile: JSON log lines that carry the
 * request id, Prometheus metrics per route and the content version, readiness, and a graceful shutdown that finishes
 * every request it accepted.
 */
class ProductionOperationsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void logsAreJsonLinesAndAChangeIsLoggedWithItsRequestId() throws Exception {
        try (ProductionProcess app = ProductionProcess.start(Map.of())) {
            Response created = call(
                    app,
                    "POST",
                    "/api/v1/sources",
                    "{\"id\": \"operations-it\", \"title\": \"Operations check\", \"publisher\": \"Tests\","
                            + " \"url\": \"https://example.org/operations\"}",
                    Map.of("X-Request-Id", "operations-it-create-1"));
            assertEquals(201, created.status(), created.body());

            JsonNode audit = awaitLine(app, "operations-it-create-1");
            assertEquals("INFO", audit.get("level").asText());
            assertTrue(audit.get("message").asText().startsWith("source operations-it: created, revision 1, by"));
            assertTrue(audit.get("loggerName").asText().startsWith("uk.org.wmca.planforgrowth.editorial."));

            List<String> notJson = new ArrayList<>();
            for (String line : app.lines()) {
                if (!line.isBlank()) {
                    try {
                        JSON.readTree(line).get("timestamp").asText();
                    } catch (IOException | NullPointerException e) {
                        notJson.add(line);
                    }
                }
            }
            assertTrue(notJson.isEmpty(), "lines that are not JSON log records: " + notJson);
            assertFalse(
                    app.lines().stream().anyMatch(line -> line.contains(ProductionProcess.ADMIN_TOKEN)),
                    "the admin token never appears in the log");
        }
    }

    @Test
    void metricsCountRequestsPerRouteAndShowTheContentVersion() throws Exception {
        // Without the pre-render's own requests, so that the counts are exactly this test's.
        try (ProductionProcess app = ProductionProcess.start(Map.of("PFG_PRERENDER_ENABLED", "false"))) {
            for (String path : List.of(
                    "/api/v1/clusters/aerospace",
                    "/api/v1/clusters/aerospace", // the second is answered from the cache, before the REST layer
                    "/api/v1/clusters/electric-light-vehicles",
                    "/api/v1/clusters/electric-light-vehicles",
                    "/api/v1/places/E08000025",
                    "/embed/themes/skills-for-the-future",
                    "/api/v1/clusters/no-such-cluster")) {
                call(app, "GET", path, null, Map.of());
            }
            String metrics = call(app, "GET", "/q/metrics", null, Map.of()).body();

            assertEquals(4.0, count(metrics, "200", "/api/v1/clusters/{slug}"), metrics);
            assertEquals(1.0, count(metrics, "404", "/api/v1/clusters/{slug}"));
            assertEquals(1.0, count(metrics, "200", "/api/v1/places/{slugOrGssCode}"));
            assertFalse(metrics.contains("aerospace"), "one series per route, not per item");
            assertFalse(metrics.contains("E08000025"));
            assertEquals(1.0, count(metrics, "200", "/embed/themes/{slug}"));
            assertTrue(
                    metrics.lines()
                            .anyMatch(line -> line.startsWith("http_server_requests_seconds_bucket{")
                                    && line.contains("uri=\"/api/v1/clusters/{slug}\"")
                                    && line.contains("le=\"0.005\"")),
                    "latency buckets per route");
            Matcher version =
                    Pattern.compile("(?m)^pfg_content_version ([0-9.E]+)$").matcher(metrics);
            assertTrue(version.find(), "the content version gauge");
            assertTrue(Double.parseDouble(version.group(1)) >= 1, "seeded content has a version");
        }
    }

    /**
     * Behaves as a load balancer does: clients keep sending until readiness reports DOWN, then send no more. Every
     * request sent before that, including those in flight at SIGTERM and during the delay, gets its whole answer.
     */
    @Test
    void onSigtermReadinessGoesDownFirstAndEveryAcceptedRequestIsAnswered() throws Exception {
        try (ProductionProcess app = ProductionProcess.start(Map.of("PFG_SHUTDOWN_DELAY", "3s"))) {
            AtomicBoolean drained = new AtomicBoolean();
            Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
            List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Thread> clients = new ArrayList<>();
            CountDownLatch warm = new CountDownLatch(4);
            List<String> paths = List.of(
                    "/api/v1/clusters?size=100",
                    "/api/v1/facts?size=100&format=csv",
                    "/api/v1/search?q=battery",
                    "/api/v1/admin/export");
            for (String path : paths) {
                Thread client = new Thread(() -> {
                    int done = 0;
                    while (!drained.get()) {
                        try {
                            Response response = call(app, "GET", path, null, Map.of());
                            outcomes.computeIfAbsent(String.valueOf(response.status()), k -> new AtomicInteger())
                                    .incrementAndGet();
                            if (response.status() != 200) {
                                failures.add(path + " " + response.status());
                            }
                        } catch (IOException e) {
                            failures.add(path + " " + e);
                        }
                        if (++done == 3) {
                            warm.countDown();
                        }
                    }
                });
                client.start();
                clients.add(client);
            }
            warm.await();

            Instant sigterm = Instant.now();
            app.terminate();
            boolean servedWhileNotReady = false;
            Duration notReadyAfter = null;
            try {
                await().atMost(Duration.ofSeconds(10))
                        .pollInterval(Duration.ofMillis(50))
                        .until(() -> call(app, "GET", "/q/health/ready", null, Map.of())
                                        .status()
                                == 503);
                notReadyAfter = Duration.between(sigterm, Instant.now());
                servedWhileNotReady =
                        call(app, "GET", "/api/v1/themes", null, Map.of()).status() == 200;
            } catch (ConditionTimeoutException e) {
                // asserted below, once the clients have stopped
            }
            drained.set(true); // the load balancer has taken the instance out: no new requests
            for (Thread client : clients) {
                client.join();
            }
            assertTrue(app.awaitExit(Duration.ofSeconds(60)), "the app exits after SIGTERM");
            Map<String, Integer> seen = new TreeMap<>();
            outcomes.forEach((k, v) -> seen.put(k, v.get()));
            System.out.printf(
                    "Graceful shutdown: readiness DOWN %d ms after SIGTERM; outcomes %s; exited %.1f s after SIGTERM%n",
                    notReadyAfter == null ? -1 : notReadyAfter.toMillis(),
                    seen,
                    Duration.between(sigterm, Instant.now()).toMillis() / 1000.0);
            assertTrue(notReadyAfter != null, "readiness answers 503 during the shutdown delay");
            assertTrue(servedWhileNotReady, "requests are still served while readiness is DOWN");
            assertTrue(failures.isEmpty(), "requests cut off or refused: " + failures);
            assertTrue(seen.getOrDefault("200", 0) > 12, "load ran: " + seen);
        }
    }

    private static double count(String metrics, String status, String uri) {
        Matcher m = Pattern.compile("(?m)^http_server_requests_seconds_count\\{method=\"GET\",outcome=\"[A-Z_]+\","
                        + "status=\"" + status + "\",uri=\"" + Pattern.quote(uri) + "\",?} ([0-9.E]+)$")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static JsonNode awaitLine(ProductionProcess app, String requestId) throws Exception {
        try {
            return await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> logRecord(app, requestId), Optional::isPresent)
                    .orElseThrow();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no JSON log record with mdc.requestId " + requestId + " in " + app.lines());
        }
    }

    private static Optional<JsonNode> logRecord(ProductionProcess app, String requestId) throws IOException {
        for (String line : app.lines()) {
            if (line.contains(requestId)) {
                JsonNode record = JSON.readTree(line);
                if (requestId.equals(record.at("/mdc/requestId").asText())) {
                    return Optional.of(record);
                }
            }
        }
        return Optional.empty();
    }

    record Response(int status, String body) {}

    /** One request on its own connection, with the admin token; the whole body is read. */
    private static Response call(
            ProductionProcess app, String method, String path, String body, Map<String, String> headers)
            throws IOException {
        HttpURLConnection connection = (HttpURLConnection) app.uri(path).toURL().openConnection();
        connection.setRequestMethod(method);
        connection.setConnectTimeout(2000);
        connection.setReadTimeout(30000);
        connection.setRequestProperty("Connection", "close");
        connection.setRequestProperty("Authorization", "Bearer " + ProductionProcess.ADMIN_TOKEN);
        headers.forEach(connection::setRequestProperty);
        if (body != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int length = connection.getContentLength();
        if (length >= 0 && text.getBytes(StandardCharsets.UTF_8).length != length) {
            throw new IOException(path + ": body cut short (" + text.length() + " of " + length + " bytes)");
        }
        return new Response(status, text);
    }
}
