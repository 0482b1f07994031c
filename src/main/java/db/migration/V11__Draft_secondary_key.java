package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

/**
 * Gives every draft its other unique key (a place's GSS code, an intervention's code) in a column of its own, unique
 * per item type, so that the database, not a check that reads only committed rows, decides between two drafts
 * created at once with the same code. A Java migration because the code is inside the JSON document, which H2 and
 * PostgreSQL read with different functions. Should two existing drafts already share a code (possible before this
 * key), the later one keeps no key and a warning names it; publishing it is still refused by the content tables.
 */
public class V11__Draft_secondary_key extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V11__Draft_secondary_key.class);

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE draft ADD COLUMN secondary_key VARCHAR(200)");
        }
        ObjectMapper mapper = new ObjectMapper();
        Set<String> seen = new HashSet<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT id, item_type, item_key, document FROM draft"
                        + " WHERE item_type IN ('place', 'intervention') ORDER BY id");
                PreparedStatement update =
                        connection.prepareStatement("UPDATE draft SET secondary_key = ? WHERE id = ?")) {
            while (rows.next()) {
                String type = rows.getString("item_type");
                JsonNode member =
                        mapper.readTree(rows.getString("document")).path(type.equals("place") ? "gssCode" : "code");
                if (!member.isTextual()) {
                    continue;
                }
                if (!seen.add(type + " " + member.asText())) {
                    LOG.warnf(
                            "The draft %s '%s' shares its code '%s' with an earlier draft; change one of them.",
                            type, rows.getString("item_key"), member.asText());
                    continue;
                }
                update.setString(1, member.asText());
                update.setLong(2, rows.getLong("id"));
                update.executeUpdate();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE draft ADD CONSTRAINT draft_secondary_key_unique"
                    + " UNIQUE (item_type, secondary_key)");
        }
    }
}
