package uk.org.wmca.planforgrowth.editorial;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Gives every published item a first revision at start, after the content is seeded: the history of each item
 * starts with what the content files (or an older version of the service) put there.
 */
@ApplicationScoped
public class History {

    private final EditorialService editorial;

    History(EditorialService editorial) {
        this.editorial = editorial;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        try {
            int recorded = editorial.recordMissingHistory();
            if (recorded > 0) {
                Log.infof("Recorded the first revision of %d published items", recorded);
            }
        } catch (RuntimeException e) {
            // Another instance starting at the same time recorded them first; its rows are as good as ours.
            Log.infof(
                    "First revisions not recorded here (%s); another instance did",
                    e.getClass().getSimpleName());
        }
    }
}
