package uk.org.wmca.planforgrowth.webhook;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.TestDatabases;

/**
 * At-least-once delivery across a crash: the packaged jar, on an H2 file database (or, under {@code ./mvnw -Ppg
 * verify}, on PostgreSQL), takes a change whose delivery fails, is killed (kill -9), and a new process on the same
 * database delivers it. Runs the jar as operators do.
 */
class WebhookRestartIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final String ADMIN = "pfg_test-admin-secret-0123456789abcdefghijklmnopqrstuvwxyz";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldDeliverAnEventOnceTheCrashedInstanceIsReplaced() throws Exception {
        Path data = Files.createTempDirectory("pfg-webhook-restart");
        try (Receiver receiver = Receiver.start()) {
            receiver.answer(503);
            Process first = start(data, "first", true);
            String secret;
            String key = "restart-" + UUID.randomUUID().toString().substring(0, 8);
            try {
                int port = portOf(first);
                secret = JsonPath.from(call(
                                        port,
                                        "POST",
                                        "/api/v1/admin/webhooks",
                                        "{\"url\": \"" + receiver.url("/restart")
                                                + "\", \"events\": [\"source.published\"]}",
                                        null)
                                .body())
                        .getString("data.secret");
                call(
                        port,
                        "POST",
                        "/api/v1/sources",
                        "{\"id\": \"" + key + "\", \"title\": \"Restart\", \"publisher\": \"WMCA\", \"url\":"
                                + " \"https://www.wmca.org.uk/\"}",
                        null);
                String etag = call(port, "GET", "/api/v1/sources/" + key + "/revisions", null, null)
                        .headers()
                        .firstValue("ETag")
                        .orElseThrow();
                assertEquals(
                        200,
                        call(port, "POST", "/api/v1/sources/" + key + "/publish", null, etag)
                                .statusCode());
                assertTrue(
                        receiver.await(
                                                "/restart",
                                                1,
                                                Duration.ofSeconds(30),
                                                r -> r.body().contains(key))
                                        .size()
                                >= 1,
                        "the first instance tried and failed");
            } finally {
                first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9: no shutdown hooks
            }
            int failed = receiver.received("/restart").size();
            receiver.answer(200);

            Process second = start(data, "second", false);
            try {
                List<Receiver.Received> got = receiver.await(
                        "/restart",
                        failed + 1,
                        Duration.ofSeconds(60),
                        r -> r.body().contains(key));
                assertEquals(failed + 1, got.size(), "delivered by the new instance");
                Receiver.Received last = got.get(got.size() - 1);
                assertEquals(got.get(0).header("webhook-id"), last.header("webhook-id"), "the same message");
                assertTrue(Verification.verify(
                        secret,
                        last.header("webhook-id"),
                        last.header("webhook-timestamp"),
                        last.body(),
                        last.header("webhook-signature")));
            } finally {
                second.destroy();
                if (!second.waitFor(20, TimeUnit.SECONDS)) {
                    second.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
                }
            }
        }
    }

    private HttpResponse<String> call(int port, String method, String path, String json, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + ADMIN)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() < 300, method + " " + path + ": " + response.body());
        return response;
    }

    private final java.util.Map<Process, Integer> ports = new java.util.HashMap<>();

    private int portOf(Process process) {
        return ports.get(process);
    }

    /**
     * Starts the jar in the test profile (local receivers allowed, retries within a second), never pausing, with a
     * short lease so that a delivery the killed instance held is taken over soon. On H2 its database is a file in
     * {@code data}; on PostgreSQL (the jar of {@code ./mvnw -Ppg verify}) the test database {@code
     * pfg_test_webhook_restart}, emptied by the {@code first} start only.
     */
    private Process start(Path data, String name, boolean first) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing; this test runs after packaging (./mvnw verify)");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", "webhook-restart-" + name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dquarkus.http.port=" + port);
        if (TestDatabases.postgresql()) {
            command.add("-Dquarkus.profile=test,pg");
            command.add("-Dquarkus.datasource.jdbc.url=" + TestDatabases.url("webhook-restart"));
            command.add("-Dquarkus.flyway.clean-at-start=" + first);
        } else {
            command.add("-Dquarkus.profile=test");
            // as in production (application.properties): with H2's default WRITE_DELAY a commit reaches the file up
            // to 500 ms after it returned, and the kill -9 below could undo it
            command.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:"
                    + data.resolve("db").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        }
        command.addAll(List.of(
                "-Dpfg.webhooks.pause-after-failures=100000", "-Dpfg.webhooks.lease=2s", "-jar", JAR.toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        ports.put(process, port);
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            await().atMost(READY_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            "The application exited: " + Files.readString(log, StandardCharsets.UTF_8));
                }
                try {
                    return http.send(ready, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200;
                } catch (IOException e) {
                    return false; // not listening yet
                }
            });
            return process;
        } catch (ConditionTimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("Not ready within " + READY_TIMEOUT);
        }
    }
}
