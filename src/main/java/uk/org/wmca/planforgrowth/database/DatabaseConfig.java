package uk.org.wmca.planforgrowth.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code pfg.database.*}: how the service behaves while its database cannot be reached. */
@ConfigMapping(prefix = "pfg.database")
public interface DatabaseConfig {

    /**
     * {@code pfg.database.startup-retry-max}: the longest wait between two attempts to reach the database at start;
     * the first retry is after 1 s, each next one waits twice as long, up to this.
     */
    @WithDefault("30s")
    Duration startupRetryMax();
}
