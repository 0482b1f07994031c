package uk.org.wmca.planforgrowth.query;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged application ({@code target/quarkus-app}) run as a child process, the way operators run it, with the
 * {@code test} profile (in-memory H2 seeded with the content; under {@code -Ppg}, {@code test,pg} and the suite's
 * PostgreSQL database) on a free port. {@link QueryPropertiesIT} starts it once for all its properties, in
 * {@code @BeforeAll}, and stops it in {@code @AfterAll}; the browser tests start it once for all of them.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path QUERY_PROPERTIES_LOG = Path.of("target", "query-properties-app.log");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180); // a 2-core machine shared with other builds
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the application and waits until it is ready; its output goes to target/query-properties-app.log. */
    static PackagedApp start() throws IOException, InterruptedException {
        return start(QUERY_PROPERTIES_LOG);
    }

    /** Starts the application and waits until it is ready; its output goes to the given file. */
    public static PackagedApp start(Path log) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(
                    JAR + " is missing; the property tests run after packaging (./mvnw verify)");
        }
        int port = freePort();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(
                        java.toString(),
                        "-Dquarkus.profile=" + System.getProperty("quarkus.test.integration-test-profile", "test"),
                        "-Dquarkus.http.port=" + port,
                        "-jar",
                        JAR.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // Should the test JVM be stopped before @AfterAll runs, the application goes with it.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        PackagedApp app = new PackagedApp(process, port, log);
        try {
            app.awaitReady();
        } catch (RuntimeException | InterruptedException e) {
            app.close();
            throw e;
        }
        return app;
    }

    public int port() {
        return port;
    }

    /**
     * Polls the readiness check on the port the application was told to use: it only answers there if the port
     * setting took effect. The log must say so too, so that nothing else that happens to answer on the port is
     * mistaken for it.
     */
    private void awaitReady() throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            await().atMost(READY_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            "The application exited with status " + process.exitValue() + ". Its output:\n" + output());
                }
                return answers(http, ready) && output().contains("Listening on: http://0.0.0.0:" + port);
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("The application was not ready on port " + port + " within "
                    + READY_TIMEOUT.toSeconds() + " s. Its output:\n" + output());
        }
    }

    private static boolean answers(HttpClient http, HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    private String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops the application: politely, then forcibly. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
