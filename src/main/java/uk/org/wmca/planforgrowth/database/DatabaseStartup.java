package uk.org.wmca.planforgrowth.database;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the database up to date at start (Flyway migrations), then fires {@link DatabaseReady} for the start-up
 * work that needs it. When the database cannot be reached, the start does not fail: it logs one line saying what it
 * tried, why it failed and when it tries again, and retries with a growing delay (1 s doubling up to
 * {@code pfg.database.startup-retry-max}) until it succeeds. Meanwhile HTTP is up, liveness is UP, readiness DOWN
 * and API requests answer 503 (see {@link DatabaseGate}). Any other failure stops the application as before.
 */
@ApplicationScoped
public class DatabaseStartup {

    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    private final Flyway flyway;
    private final DatabaseStatus status;
    private final Event<DatabaseReady> ready;
    private final Event<DatabaseStarted> started;
    private final String url;
    private final Duration maxDelay;
    private volatile ScheduledExecutorService retries;
    private volatile Instant waitingSince;
    private volatile int attempts;
    private volatile String lastFailure;
    private Duration delay = FIRST_DELAY;

    DatabaseStartup(
            Flyway flyway,
            DatabaseStatus status,
            Event<DatabaseReady> ready,
            Event<DatabaseStarted> started,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            DatabaseConfig config) {
        this.flyway = flyway;
        this.status = status;
        this.ready = ready;
        this.started = started;
        this.url = url.replaceAll("(?i)(password=)[^&;]*", "$1***"); // it goes to the log
        this.maxDelay = config.startupRetryMax();
    }

    /** Runs before every other start-up observer; the first attempt is made on the start thread. */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) StartupEvent event) {
        waitingSince = Instant.now();
        if (!attempt()) {
            retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "database-startup");
                thread.setDaemon(true);
                return thread;
            });
            schedule();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (retries != null) {
            retries.shutdownNow();
        }
    }

    /** Why the last attempt to reach the database failed, or null when none failed since the last success. */
    public String waitingFor() {
        return lastFailure;
    }

    /** Attempts made to reach the database since the start. */
    public int attempts() {
        return attempts;
    }

    /** When the start began to wait for the database. */
    public Instant waitingSince() {
        return waitingSince;
    }

    private void schedule() {
        retries.schedule(
                () -> {
                    try {
                        if (attempt()) {
                            retries.shutdown();
                        } else {
                            schedule();
                        }
                    } catch (RuntimeException e) {
                        Log.error("The start failed once the database was reached; stopping", e);
                        Quarkus.asyncExit(1);
                    }
                },
                delay.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * One attempt: migrate, then the start-up work. False when the database could not be reached; then {@link #delay}
     * is how long to wait before the next attempt.
     */
    private boolean attempt() {
        attempts++;
        try {
            flyway.migrate();
            ready.fire(new DatabaseReady());
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isUnavailable(e)) {
                throw e;
            }
            lastFailure = DatabaseFailures.reason(e);
            if (attempts > 1) {
                Duration doubled = delay.multipliedBy(2);
                delay = doubled.compareTo(maxDelay) > 0 ? maxDelay : doubled;
            }
            Log.warnf(
                    "Database not reachable at %s (%s); attempt %d failed, retrying in %d s. Until then readiness"
                            + " is DOWN and API requests answer 503.",
                    url, lastFailure, attempts, delay.toSeconds());
            return false;
        }
        lastFailure = null;
        status.markStarted();
        started.fire(new DatabaseStarted());
        if (attempts > 1) {
            Log.infof(
                    "Database reached at %s after %d attempts (%d s); migrated and started",
                    url, attempts, Duration.between(waitingSince, Instant.now()).toSeconds());
        }
        return true;
    }
}
