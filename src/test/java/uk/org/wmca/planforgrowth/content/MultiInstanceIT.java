package uk.org.wmca.planforgrowth.content;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.Api;
import uk.org.wmca.planforgrowth.TestDatabases;
import uk.org.wmca.planforgrowth.editorial.Editing;

/**
 * Two packaged instances on one PostgreSQL database, as operators scale out: both are started at the same moment on a
 * freshly created, empty database ({@value #DATABASE}), and between them they migrate it once, seed the content once
 * and generate one admin token. A change published through instance A is served by instance B within two seconds
 * (each delay is measured and printed), and both answer every resource with the same ETag, so B answers A's ETag with
 * a 304. Runs in the PostgreSQL build ({@code ./mvnw -Ppg verify}); on H2 it is skipped, as each instance there has a
 * database file of its own. The instances' output is in {@code target/multi-instance-a.log} and {@code -b.log}.
 */
class MultiInstanceIT {

    static final String DATABASE = "pfg_multi";
    static final String USER = "planforgrowth";
    static final String PUBLIC_URL = "https://planforgrowth.example.org";
    static final Duration WITHIN = Duration.ofSeconds(2);
    static final String CLUSTER = "/api/v1/clusters/aerospace";
    static final int CHANGES = 5;

    /** Resources whose representations both instances must agree on, byte for byte. */
    static final List<String> RESOURCES = List.of(
            "/api/v1/plan",
            "/api/v1/themes",
            "/api/v1/clusters",
            "/api/v1/clusters?kind=primary&sort=-name&size=5",
            CLUSTER,
            "/api/v1/places/E08000025",
            "/api/v1/facts?format=csv",
            "/api/v1/search?q=aerospace",
            "/embed/clusters/aerospace");

    private static Instance a;
    private static Instance b;
    private static String url;

    @BeforeAll
    static void startTwoInstancesAtOnceOnAnEmptyDatabase() throws Exception {
        assumeTrue(
                TestDatabases.postgresql(),
                "MultiInstanceIT needs PostgreSQL: it runs in ./mvnw -Ppg verify. On H2 every instance has a database"
                        + " file of its own, so there is nothing shared to test.");
        url = TestDatabases.postgresqlUrl(DATABASE);
        recreate(DATABASE);
        a = Instance.launch("a", url);
        b = Instance.launch("b", url);
        a.awaitReady();
        b.awaitReady();
        System.out.printf(
                "MultiInstanceIT: instances a (port %d) and b (port %d) started together on an empty %s%n",
                a.port, b.port, DATABASE);
    }

    @AfterAll
    static void stopTheInstances() throws InterruptedException {
        for (Instance instance : new Instance[] {a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    void shouldMigrateAndSeedTheSharedDatabaseExactlyOnce() throws Exception {
        ContentDocument files = ContentFiles.read();
        try (Connection db = connect(url)) {
            for (ItemType type : ItemType.values()) {
                assertEquals(
                        files.items(type).size(),
                        count(db, "select count(*) from " + type.wireName()),
                        type.wireName() + " rows: each item of the content files once");
            }
            assertEquals(1, count(db, "select count(*) from content_seed"), "one seed marker");
            int items = 0;
            for (ItemType type : ItemType.values()) {
                items += files.items(type).size();
            }
            assertEquals(
                    items,
                    count(db, "select count(*) from revision where action = 'seeded'"),
                    "one 'seeded' revision per item");
            assertEquals(
                    count(db, "select count(distinct version) from flyway_schema_history where version is not null"),
                    count(db, "select count(*) from flyway_schema_history where version is not null and success"),
                    "every migration applied once, successfully");
        }
        assertEquals(1, linesOfBoth("Seeded the database with content files"), "one instance seeded");
        assertEquals(1, linesOfBoth("Content already seeded"), "the other found it seeded, after waiting its turn");
        assertEquals(0, linesOfBoth("ERROR"), "neither instance logged an error");
        for (Instance instance : new Instance[] {a, b}) {
            instance.output()
                    .lines()
                    .filter(line -> line.matches(".*(Migrating schema|up to date|Successfully applied|Seeded the"
                            + " database|Content already seeded|No usable admin token|Listening on).*"))
                    .map(line -> line.replaceAll("pfg_[A-Za-z0-9_-]{40,}", "pfg_…"))
                    .forEach(line -> System.out.printf("MultiInstanceIT: %s: %s%n", instance.name, line));
        }
    }

    /**
     * The instances above may reach Flyway seconds apart (JVM start-up varies), so this races the app's own
     * migrations on a second empty database from four threads released at one instant: Flyway's PostgreSQL lock lets
     * one apply them and the others find the schema up to date.
     */
    @Test
    void shouldApplyEachMigrationOnceWhenSeveralMigrateAnEmptyDatabaseAtOnce() throws Exception {
        String database = DATABASE + "_flyway";
        recreate(database);
        String flywayUrl = TestDatabases.postgresqlUrl(database);
        int racers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Integer>> applied = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                applied.add(pool.submit(() -> {
                    Flyway flyway = Flyway.configure()
                            .dataSource(flywayUrl, USER, "")
                            .locations("classpath:db/migration")
                            .load();
                    start.await();
                    return flyway.migrate().migrationsExecuted;
                }));
            }
            start.countDown();
            List<Integer> counts = new ArrayList<>();
            for (Future<Integer> each : applied) {
                counts.add(each.get(120, TimeUnit.SECONDS));
            }
            try (Connection db = connect(flywayUrl)) {
                long migrations = count(db, "select count(*) from flyway_schema_history where version is not null");
                assertEquals(
                        migrations,
                        count(db, "select count(distinct version) from flyway_schema_history where success"),
                        "each migration recorded once, successfully");
                assertEquals(
                        migrations, counts.stream().mapToInt(Integer::intValue).sum(), "applied once in all");
                assertEquals(1, counts.stream().filter(n -> n > 0).count(), "by one of them: " + counts);
                System.out.printf(
                        "MultiInstanceIT: %d Flyway runs at once on an empty database applied %s migrations%n",
                        racers, counts);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldGenerateOneAdminTokenBetweenThem() throws Exception {
        assertEquals(1, linesOfBoth("No usable admin token existed"), "one instance generated the admin token");
        try (Connection db = connect(url)) {
            assertEquals(
                    1,
                    count(
                            db,
                            "select count(*) from api_token where role = 'admin' and created_by = '"
                                    + "generated at start'"));
        }
        String admin = generatedAdminSecret();
        for (Instance instance : new Instance[] {a, b}) {
            instance.given()
                    .header("Authorization", "Bearer " + admin)
                    .get("/api/v1/admin/tokens")
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void shouldAnswerEveryResourceWithTheSameEtagOnBothInstances() {
        for (String resource : RESOURCES) {
            assertSameEtagAndRevalidatedAcross(resource);
        }
    }

    @Test
    void shouldServeAChangePublishedThroughOneInstanceOnTheOtherWithinTwoSeconds() {
        String editor = editorToken();
        List<Long> delays = new ArrayList<>();
        for (int change = 1; change <= CHANGES; change++) {
            String before = assertSameEtagAndRevalidatedAcross(CLUSTER);
            b.given().get("/api/v1/clusters").then().statusCode(200); // B keeps the list too; it must drop it
            String summary = "Changed through instance A, change " + change + " at " + Instant.now() + ".";
            String written = a.given()
                    .header("Authorization", "Bearer " + editor)
                    .header("If-Match", a.writeEtag(CLUSTER, editor))
                    .contentType(Editing.MERGE_PATCH)
                    .body("{\"summary\": \"" + summary + "\"}")
                    .patch(CLUSTER)
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
            a.given()
                    .header("Authorization", "Bearer " + editor)
                    .header("If-Match", written)
                    .post(CLUSTER + "/publish")
                    .then()
                    .statusCode(200);
            long published = System.nanoTime();
            a.given().get(CLUSTER).then().statusCode(200).body("data.summary", equalTo(summary));

            long delay = awaitOnB(CLUSTER, before, summary, published);
            delays.add(delay);
            System.out.printf(
                    "MultiInstanceIT: change %d published through A was served by B after %d ms%n", change, delay);
            assertTrue(delay < WITHIN.toMillis(), "served by B after " + delay + " ms");

            String after = assertSameEtagAndRevalidatedAcross(CLUSTER);
            assertNotEquals(before, after, "a new ETag for the new content");
            b.given().get("/api/v1/clusters").then().statusCode(200).body("data.summary", hasItem(summary));
            assertSameEtagAndRevalidatedAcross("/api/v1/clusters");
            assertSameEtagAndRevalidatedAcross("/embed/clusters/aerospace");
        }
        System.out.printf(
                "MultiInstanceIT: %d changes through A served by B after %s ms (max %d ms; poll interval 1 s)%n",
                CHANGES,
                delays,
                delays.stream().mapToLong(Long::longValue).max().orElseThrow());
    }

    /**
     * Polls B with the ETag it served before the change, as a CDN revalidates: 304 until B drops what it kept, then a
     * 200 with the new content. Returns the milliseconds since the change was published.
     */
    private static long awaitOnB(String path, String before, String expected, long publishedNanos) {
        Duration left = WITHIN.multipliedBy(5).minusNanos(System.nanoTime() - publishedNanos);
        AtomicLong servedNanos = new AtomicLong();
        ExtractableResponse<Response> response;
        try {
            response = await().atMost(left.isNegative() ? Duration.ZERO : left)
                    .pollInterval(Duration.ofMillis(10))
                    .until(
                            () -> {
                                ExtractableResponse<Response> answer = b.given()
                                        .header("If-None-Match", before)
                                        .get(path)
                                        .then()
                                        .extract();
                                servedNanos.set(System.nanoTime());
                                return answer;
                            },
                            answer -> {
                                if (answer.statusCode() == 200) {
                                    return true;
                                }
                                assertEquals(
                                        304,
                                        answer.statusCode(),
                                        "B still serves the old content: 304 to its old ETag");
                                return false;
                            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("B did not serve the change within "
                    + WITHIN.multipliedBy(5).toSeconds() + " s");
        }
        assertEquals(expected, response.path("data.summary"), "B serves the new content");
        return Duration.ofNanos(servedNanos.get() - publishedNanos).toMillis();
    }

    /** Both instances give the same ETag for a resource and each answers the other's with a 304; returns it. */
    private static String assertSameEtagAndRevalidatedAcross(String resource) {
        String fromA = a.given().get(resource).then().statusCode(200).extract().header("ETag");
        String fromB = b.given().get(resource).then().statusCode(200).extract().header("ETag");
        assertTrue(fromA != null && fromA.startsWith("\""), resource + ": a strong ETag");
        assertEquals(fromA, fromB, resource + ": the same ETag on both instances");
        b.given().header("If-None-Match", fromA).get(resource).then().statusCode(304);
        a.given().header("If-None-Match", fromB).get(resource).then().statusCode(304);
        return fromA;
    }

    private static String editorToken() {
        String admin = generatedAdminSecret();
        return a.given()
                .header("Authorization", "Bearer " + admin)
                .contentType("application/json")
                .body(Map.of("name", "multi-instance editor " + System.nanoTime(), "role", "editor"))
                .post("/api/v1/admin/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("data.secret");
    }

    /** The secret of the admin token one of the instances generated and logged once. */
    private static String generatedAdminSecret() {
        for (Instance instance : new Instance[] {a, b}) {
            Matcher found = Pattern.compile(
                            "No usable admin token existed, so this one was generated: (pfg_[A-Za-z0-9_-]+) ")
                    .matcher(instance.output());
            if (found.find()) {
                return found.group(1);
            }
        }
        throw new AssertionError("neither instance logged a generated admin token");
    }

    private static int linesOfBoth(String text) {
        int lines = 0;
        for (Instance instance : new Instance[] {a, b}) {
            lines += (int) instance.output()
                    .lines()
                    .filter(line -> line.contains(text))
                    .count();
        }
        return lines;
    }

    /** Drops and creates a database, so that what starts on it starts on an empty one. */
    private static void recreate(String database) throws SQLException {
        try (Connection maintenance = connect(TestDatabases.postgresqlUrl("postgres"));
                Statement statement = maintenance.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database + " owner " + USER);
        }
    }

    private static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, USER, "");
    }

    private static long count(Connection db, String query) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * One packaged instance ({@code java -jar target/quarkus-app/quarkus-run.jar}) in the profile it was built for,
     * configured the way operators configure it: only through environment variables.
     */
    static final class Instance implements AutoCloseable {

        private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
        private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);

        final String name;
        final int port;
        private final Process process;
        private final Path log;

        private Instance(String name, int port, Process process, Path log) {
            this.name = name;
            this.port = port;
            this.process = process;
            this.log = log;
        }

        /** Starts an instance without waiting for it; {@link #awaitReady} waits. */
        static Instance launch(String name, String jdbcUrl) throws IOException {
            if (!Files.isRegularFile(JAR)) {
                throw new IllegalStateException(
                        JAR + " is missing; this test runs after packaging (./mvnw -Ppg verify)");
            }
            int port = freePort();
            Path log = Path.of("target", "multi-instance-" + name + ".log");
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-jar",
                            JAR.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(key -> key.startsWith("PFG_") || key.startsWith("QUARKUS_"));
            env.putAll(new LinkedHashMap<>(Map.of(
                    "PORT",
                    String.valueOf(port),
                    "PFG_DB_URL",
                    jdbcUrl,
                    "PFG_DB_USER",
                    USER,
                    "PFG_DB_PASSWORD",
                    "",
                    "PFG_DB_POOL_MAX",
                    "8",
                    "PFG_PUBLIC_URL",
                    PUBLIC_URL,
                    // The content package logs at debug whether it seeded or found the content seeded.
                    "QUARKUS_LOG_CATEGORY__UK_ORG_WMCA_PLANFORGROWTH_CONTENT__LEVEL",
                    "DEBUG")));
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            return new Instance(name, port, process, log);
        }

        /** Waits until the instance is ready on its port, and says so in its log. */
        void awaitReady() throws InterruptedException {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            try {
                await().atMost(READY_TIMEOUT)
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> {
                            if (!process.isAlive()) {
                                throw new IllegalStateException("Instance " + name + " exited with status "
                                        + process.exitValue() + ". Its output:\n" + output());
                            }
                            return answers(http, ready) && output().contains("Listening on: http://0.0.0.0:" + port);
                        });
            } catch (ConditionTimeoutException e) {
                throw new IllegalStateException("Instance " + name + " was not ready within "
                        + READY_TIMEOUT.toSeconds() + " s. Its output:\n" + output());
            }
        }

        RequestSpecification given() {
            return Api.given().baseUri("http://127.0.0.1").port(port);
        }

        /** The item's current write ETag, from its revisions. */
        String writeEtag(String path, String editor) {
            return given().header("Authorization", "Bearer " + editor)
                    .get(path + "/revisions")
                    .then()
                    .statusCode(200)
                    .header("ETag", not(containsString("W/")))
                    .extract()
                    .header("ETag");
        }

        String output() {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static boolean answers(HttpClient http, HttpRequest request) throws InterruptedException {
            try {
                return http.send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (IOException e) {
                return false;
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        /** Stops the instance politely (SIGTERM), then forcibly. */
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
