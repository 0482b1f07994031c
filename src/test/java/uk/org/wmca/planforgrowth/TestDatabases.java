package uk.org.wmca.planforgrowth;

import java.util.Arrays;
import java.util.Map;

/**
 * The database a {@code @TestProfile} with data of its own runs on: an in-memory H2 database by default, and under
 * {@code ./mvnw -Ppg verify} (test profile {@code test,pg}) a PostgreSQL database of its own beside the suite's
 * {@code pfg_test}: {@code pfg_test_<name>}, which {@code .ci/run} creates and every start cleans (but for
 * {@code WebhookRestartIT}'s second start, which must find its first start's data).
 */
public final class TestDatabases {

    /** The suite's PostgreSQL database; the same default as {@code %test.pfg.db.url} in application.properties. */
    static final String POSTGRESQL_DEFAULT = "jdbc:postgresql://127.0.0.1:5432/pfg_test";

    private TestDatabases() {}

    /** Whether the tests run on PostgreSQL: the test profile (or the packaged jar's) includes {@code pg}. */
    public static boolean postgresql() {
        return hasPg(System.getProperty("quarkus.test.profile"))
                || hasPg(System.getProperty("quarkus.test.integration-test-profile"));
    }

    /** The JDBC URL of the database called {@code name} (letters, digits and '-'). */
    public static String url(String name) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Not a test database name: " + name);
        }
        if (!postgresql()) {
            return "jdbc:h2:mem:plan-for-growth-" + name + ";DB_CLOSE_DELAY=-1";
        }
        return postgresqlUrl("pfg_test_" + name.replace('-', '_'));
    }

    /** The URL of another database on the server of the suite's PostgreSQL database (PFG_TEST_DB_URL or default). */
    public static String postgresqlUrl(String database) {
        String suite = System.getenv().getOrDefault("PFG_TEST_DB_URL", POSTGRESQL_DEFAULT);
        int query = suite.indexOf('?');
        String base = query < 0 ? suite : suite.substring(0, query);
        String parameters = query < 0 ? "" : suite.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
    }

    /** The config override that puts a test profile on its own database. */
    public static Map<String, String> own(String name) {
        return Map.of("quarkus.datasource.jdbc.url", url(name));
    }

    private static boolean hasPg(String profiles) {
        return profiles != null && Arrays.asList(profiles.split(",")).contains("pg");
    }
}
