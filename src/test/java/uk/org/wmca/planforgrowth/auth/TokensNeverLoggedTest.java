package uk.org.wmca.planforgrowth.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.Tokens;

/**
 * Secrets never reach the log: every record written while tokens are created, used, refused and revoked (at DEBUG for
 * the application and Quarkus security and REST) is searched for every secret involved.
 */
@QuarkusTest
class TokensNeverLoggedTest {

    private static final List<String> CATEGORIES = List.of(
            "uk.org.wmca.planforgrowth",
            "io.quarkus.security",
            "io.quarkus.vertx.http",
            "io.quarkus.resteasy.reactive",
            "org.jboss.resteasy.reactive",
            "io.quarkus.narayana",
            "org.hibernate.SQL");

    @Test
    void shouldNeverLogASecret() {
        List<String> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(render(record));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        Map<String, Level> levels = new HashMap<>();
        root.addHandler(capture);
        for (String category : CATEGORIES) {
            levels.put(category, Logger.getLogger(category).getLevel());
            Logger.getLogger(category).setLevel(Level.FINE);
        }
        List<String> secrets = new ArrayList<>();
        try {
            secrets.add(Tokens.admin());
            String created = given().header("Authorization", Tokens.bearer(Tokens.admin()))
                    .contentType("application/json")
                    .body(Map.of("name", "logged? " + UUID.randomUUID(), "role", "editor"))
                    .post("/api/v1/admin/tokens")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("data.secret");
            secrets.add(created);
            given().header("Authorization", Tokens.bearer(created))
                    .get("/api/v1/admin/tokens")
                    .then()
                    .statusCode(403);
            given().header("Authorization", Tokens.bearer(Tokens.admin()))
                    .delete("/api/v1/admin/tokens/" + Tokens.idOf(created))
                    .then()
                    .statusCode(204);
            given().header("Authorization", Tokens.bearer(created))
                    .get("/api/v1/admin/tokens")
                    .then()
                    .statusCode(401);
            String unknown = Tokens.unknown();
            secrets.add(unknown);
            given().header("Authorization", Tokens.bearer(unknown))
                    .get("/api/v1/admin/tokens")
                    .then()
                    .statusCode(401);
            String expired = Tokens.expired();
            secrets.add(expired);
            given().header("Authorization", Tokens.bearer(expired))
                    .get("/api/v1/admin/tokens")
                    .then()
                    .statusCode(401);
            String almost = "pfg_" + "Z".repeat(20) + "!";
            secrets.add(almost);
            given().header("Authorization", Tokens.bearer(almost))
                    .get("/api/v1/admin/tokens")
                    .then()
                    .statusCode(401);
            given().header("Authorization", Tokens.bearer(Tokens.admin()))
                    .get("/api/v1/admin/tokens")
                    .then()
                    .statusCode(200);
        } finally {
            root.removeHandler(capture);
            levels.forEach((category, level) -> Logger.getLogger(category).setLevel(level));
        }

        assertTrue(
                records.stream().anyMatch(record -> record.contains("authenticated")),
                "the capture saw the debug records of authentication: " + records.size() + " records");
        for (String secret : secrets) {
            String core = secret.substring(4, 24);
            for (String record : records) {
                assertFalse(record.contains(core), "a log record contains a secret: " + record);
                assertFalse(record.contains(TokenSecrets.hash(secret)), "a log record contains a secret's hash");
            }
        }
    }

    private static String render(LogRecord record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.getLoggerName())).append(' ');
        text.append(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                text.append(' ').append(parameter);
            }
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            text.append(' ').append(trace);
        }
        return text.toString();
    }
}
