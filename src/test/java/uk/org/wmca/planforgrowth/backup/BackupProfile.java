package uk.org.wmca.planforgrowth.backup;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import uk.org.wmca.planforgrowth.TestDatabases;

/** The backup tests empty their database and import into it, so they have a database of their own. */
public class BackupProfile implements QuarkusTestProfile {

    /** Small enough for a test to go over it without sending megabytes, large enough for the whole content. */
    static final int IMPORT_LIMIT = 600_000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url",
                TestDatabases.url("backup"),
                "pfg.editing.max-import-bytes",
                String.valueOf(IMPORT_LIMIT));
    }
}
