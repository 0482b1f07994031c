package uk.org.wmca.planforgrowth.editorial;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import uk.org.wmca.planforgrowth.TestDatabases;

/**
 * The write tests change content, so they run on a database of their own: the read tests elsewhere keep counting
 * exactly what the content files hold.
 */
public class EditingProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", TestDatabases.url("editing"), "pfg.editing.max-body-bytes", "8192");
    }
}
