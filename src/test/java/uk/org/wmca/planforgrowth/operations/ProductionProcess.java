package uk.org.wmca.planforgrowth.operations;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import uk.org.wmca.planforgrowth.TestDatabases;

/**
 * The packaged jar started as an operator starts it: its own process, the production profile (JSON logs), an H2 file
 * database in a new folder, a free port. Collects every line the process prints.
 */
final class ProductionProcess implements AutoCloseable {

    static final String ADMIN_TOKEN = "pfg_operations-it-admin-0123456789abcdefghijklmnopqrstuvwxyz";

    private final Process process;
    private final int port;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private ProductionProcess(Process process, int port) {
        this.process = process;
        this.port = port;
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    private static final String DATABASE = "pfg_operations_it";

    private static void recreate(String database) {
        try (Connection maintenance =
                        DriverManager.getConnection(TestDatabases.postgresqlUrl("postgres"), "planforgrowth", "");
                Statement statement = maintenance.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the PostgreSQL database " + database, e);
        }
    }

    static ProductionProcess start(Map<String, String> environment) throws IOException, InterruptedException {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Package the app first: " + jar + " is missing");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = Files.createTempDirectory(Path.of("target"), "operations-it-");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                .redirectErrorStream(true);
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("PFG_DATA_DIR", data.toAbsolutePath().toString());
        builder.environment().put("PFG_ADMIN_TOKEN", ADMIN_TOKEN);
        if (TestDatabases.postgresql()) {
            // The jar was built for PostgreSQL (./mvnw -Ppg verify): a new, empty database of its own.
            recreate(DATABASE);
            builder.environment().put("PFG_DB_URL", TestDatabases.postgresqlUrl(DATABASE));
            builder.environment().put("PFG_DB_USER", "planforgrowth");
            builder.environment().put("PFG_DB_PASSWORD", "");
        }
        builder.environment().putAll(environment);
        ProductionProcess app = new ProductionProcess(builder.start(), port);
        app.awaitReady(Duration.ofMinutes(3));
        return app;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** Sends SIGTERM, as a container runtime or systemd does to stop the service. */
    void terminate() {
        process.destroy();
    }

    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The app exited at start:\n" + String.join("\n", lines));
                }
                try {
                    HttpURLConnection connection =
                            (HttpURLConnection) uri("/q/health/ready").toURL().openConnection();
                    connection.setConnectTimeout(1000);
                    connection.setReadTimeout(5000);
                    return connection.getResponseCode() == 200;
                } catch (IOException e) {
                    return false; // not listening yet
                }
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("The app was not ready within " + timeout);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
