package uk.org.wmca.planforgrowth.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migration that gives drafts their GSS code or intervention code as a unique column, run on a database that
 * already holds drafts (written by the schema before it): each draft gets its code, a second draft with the same
 * code keeps none, and afterwards the database refuses a duplicate.
 */
class DraftKeyMigrationTest {

    private static final String URL = "jdbc:h2:mem:plan-for-growth-draft-key-migration;DB_CLOSE_DELAY=-1";

    @Test
    void existingDraftsGetTheirCodesAndTheKeyHolds() throws SQLException {
        Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration")
                .target("9")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
                Statement statement = connection.createStatement()) {
            insert(statement, "place", "alpha", "{\"slug\":\"alpha\",\"gssCode\":\"E07000001\"}");
            insert(statement, "place", "beta", "{\"slug\":\"beta\",\"gssCode\":\"E07000001\"}");
            insert(statement, "place", "gamma", "{\"slug\":\"gamma\",\"gssCode\":\"E07000002\"}");
            insert(statement, "intervention", "delta", "{\"slug\":\"delta\",\"code\":\"E07000001\"}");
            insert(statement, "source", "epsilon", "{\"id\":\"epsilon\",\"code\":\"X\"}");
        }

        Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();

        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
                Statement statement = connection.createStatement()) {
            Map<String, String> keys = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("SELECT item_key, secondary_key FROM draft")) {
                while (rows.next()) {
                    keys.put(rows.getString(1), rows.getString(2));
                }
            }
            assertEquals("E07000001", keys.get("alpha"));
            assertNull(keys.get("beta"), "a second draft with the same code keeps none");
            assertEquals("E07000002", keys.get("gamma"));
            assertEquals("E07000001", keys.get("delta"), "the key is unique per item type");
            assertNull(keys.get("epsilon"), "only places and interventions have one");
            SQLException refused = assertThrows(
                    SQLException.class,
                    () -> statement.execute("INSERT INTO draft (item_type, item_key, document, updated_at, updated_by,"
                            + " secondary_key) VALUES ('place', 'zeta', '{}', CURRENT_TIMESTAMP, 't', 'E07000002')"));
            assertEquals("23505", refused.getSQLState());
        }
    }

    private static void insert(Statement statement, String type, String key, String document) throws SQLException {
        statement.execute("INSERT INTO draft (item_type, item_key, document, updated_at, updated_by) VALUES ('" + type
                + "', '" + key + "', '" + document + "', CURRENT_TIMESTAMP, 'test')");
    }
}
