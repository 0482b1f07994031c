package uk.org.wmca.planforgrowth.database;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether this instance has reached its database since the start, and whether it can reach it now. Failures and
 * recoveries are reported by whoever sees them (the content version poll every second, a request that failed); the
 * change is logged once each way, never once per failure.
 */
@ApplicationScoped
public class DatabaseStatus {

    /** Seconds a client is told to wait ({@code Retry-After}) when the database is unavailable. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private volatile boolean started;
    private volatile boolean stopping;
    private volatile Instant unavailableSince;

    /**
     * Whether the application is shutting down. Background jobs that fail then (the pool is closing under them) end
     * quietly instead of logging an error: nothing is lost, the next instance or start does the work.
     */
    public boolean stopping() {
        return stopping;
    }

    void onStop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        stopping = true;
    }

    /** Whether the database was reached and migrated, and the start-up work done. */
    public boolean started() {
        return started;
    }

    /** Whether the API can use the database now, as far as this instance knows. */
    public boolean available() {
        return started && unavailableSince == null;
    }

    void markStarted() {
        started = true;
    }

    /** Reports that the database could not be reached; the first report of an outage is logged. */
    public void reportUnavailable(Throwable cause) {
        if (!started) {
            return; // the start-up retry logs for itself
        }
        synchronized (this) {
            if (unavailableSince != null) {
                return;
            }
            unavailableSince = Instant.now();
        }
        Log.warnf(
                "Database unavailable: %s. Public reads are served from the last published content kept in memory;"
                        + " writes answer 503 until it is back. Checking again every second.",
                DatabaseFailures.reason(cause));
    }

    /** Reports that the database answered; the end of an outage is logged. */
    public void reportAvailable() {
        Instant since;
        synchronized (this) {
            since = unavailableSince;
            unavailableSince = null;
        }
        if (since != null) {
            Log.infof(
                    "Database available again after %d s; reads and writes go to it as before",
                    Duration.between(since, Instant.now()).toSeconds());
        }
    }
}
