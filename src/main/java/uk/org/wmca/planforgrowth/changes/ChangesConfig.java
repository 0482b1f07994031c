package uk.org.wmca.planforgrowth.changes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the change feed, under {@code pfg.changes.} in {@code application.properties} or the environment. */
@ConfigMapping(prefix = "pfg.changes")
public interface ChangesConfig {

    /**
     * {@code pfg.changes.retention} (default 2160h, 90 days): how long every entry is kept. Older entries that a later entry of the same item
     * supersedes, and older tombstones (deleted, unpublished), are compacted away; a cursor from before the compacted
     * part is answered with 410, and the client starts again from the beginning (the latest entry of every item).
     */
    @WithDefault("2160h")
    Duration retention();

    /** {@code pfg.changes.compaction-interval}: how often each instance compacts the feed. */
    @WithDefault("1h")
    String compactionInterval();
}
