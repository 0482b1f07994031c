package uk.org.wmca.planforgrowth.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.TestDatabases;
import uk.org.wmca.planforgrowth.Tokens;

/**
 * Without {@code pfg.auth.admin-token}, the first start generates an admin token and logs its secret once, at WARN;
 * later starts generate none while an admin token is usable. Runs on a database of its own, with the log written to a
 * file so that what was logged at start can be read.
 */
@QuarkusTest
@TestProfile(GeneratedAdminTokenTest.WithoutConfiguredAdminToken.class)
class GeneratedAdminTokenTest {

    static final Path LOG = Path.of("target", "generated-admin-token-test.log");
    private static final Pattern GENERATED = Pattern.compile(
            "WARN .*No usable admin token existed, so this one was generated: (pfg_[A-Za-z0-9_-]{43}) -- store it now;"
                    + " it will not be shown again\\..* revoke this one with DELETE /api/v1/admin/tokens/([0-9]+)\\..*");

    /** No configured admin token, an empty database of its own, and the log in a file. */
    public static class WithoutConfiguredAdminToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Files.deleteIfExists(LOG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of(
                    "pfg.auth.admin-token", "",
                    "quarkus.datasource.jdbc.url", TestDatabases.url("generated-admin"),
                    "pfg.content.seed", "false",
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.file.format", "%p [%c] %s%e%n");
        }
    }

    @Inject
    AdminTokenBootstrap bootstrap;

    @Inject
    ApiTokenRepository tokens;

    @Test
    void shouldLogAGeneratedAdminTokenOnceAndGenerateAnotherOnlyWhenNoAdminIsUsable() throws Exception {
        List<Matcher> atStart = generatedLines();
        assertEquals(1, atStart.size(), "one generated token logged at start");
        String secret = atStart.get(0).group(1);
        String id = atStart.get(0).group(2);
        given().header("Authorization", Tokens.bearer(secret))
                .when()
                .get("/api/v1/admin/tokens/" + id)
                .then()
                .statusCode(200)
                .body("data.name", equalTo(AdminTokenBootstrap.GENERATED_NAME))
                .body("data.role", equalTo("admin"))
                .body("data.createdBy", equalTo(AdminTokenBootstrap.GENERATED_BY));

        bootstrap.ensureAdminToken();
        assertEquals(1, generatedLines().size(), "a later start generates nothing while an admin token is usable");

        given().header("Authorization", Tokens.bearer(secret))
                .when()
                .delete("/api/v1/admin/tokens/" + id)
                .then()
                .statusCode(204);
        startConcurrently(3);
        List<Matcher> after = generatedLines();
        assertEquals(2, after.size(), "instances starting together generate one token between them");
        String second = after.get(1).group(1);
        given().header("Authorization", Tokens.bearer(second))
                .when()
                .get("/api/v1/admin/tokens/" + after.get(1).group(2))
                .then()
                .statusCode(200)
                .body("data.name", equalTo("admin (generated 2)"));
        assertEquals(1L, usableAdmins());
    }

    @Test
    void shouldGenerateNothingWhileAnAdminTokenIsUsable() throws Exception {
        bootstrap.ensureAdminToken();
        int before = generatedLines().size();
        startConcurrently(2);
        bootstrap.ensureAdminToken();
        assertEquals(before, generatedLines().size());
        assertTrue(usableAdmins() >= 1);
    }

    private long usableAdmins() {
        return QuarkusTransaction.requiringNew()
                .call(() -> tokens.count(
                        "role = ?1 and revokedAt is null and (expiresAt is null or expiresAt > ?2)",
                        TokenRole.ADMIN,
                        Instant.now()));
    }

    private void startConcurrently(int instances) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Future<Void>> starts = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                starts.add(pool.submit((Callable<Void>) () -> {
                    bootstrap.ensureAdminToken();
                    return null;
                }));
            }
            for (Future<Void> start : starts) {
                start.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<Matcher> generatedLines() throws IOException {
        List<Matcher> found = new ArrayList<>();
        for (String line : Files.readAllLines(LOG)) {
            if (line.contains("No usable admin token existed")) {
                Matcher matcher = GENERATED.matcher(line);
                assertTrue(matcher.matches(), "unexpected wording: " + line);
                found.add(matcher);
            }
        }
        return found;
    }
}
