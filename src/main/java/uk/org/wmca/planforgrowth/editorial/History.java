package uk.org.wmca.planforgrowth.editorial;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import uk.org.wmca.planforgrowth.content.ContentSeeded;

/**
 * Starts every seeded item's history: revision 1 ("seeded", by content-files) is recorded in the seeding
 * transaction. Items that reached the database another way (before revisions were kept, or loaded in bulk) get
 * their first revision when they are first written, not at start, so a start never walks the whole content.
 */
@ApplicationScoped
public class History {

    private final EditorialService editorial;

    History(EditorialService editorial) {
        this.editorial = editorial;
    }

    void onSeeded(@Observes ContentSeeded seeded) {
        int recorded = editorial.recordMissingHistory();
        Log.infof("Recorded revision 1 of the %d seeded items", recorded);
    }
}
