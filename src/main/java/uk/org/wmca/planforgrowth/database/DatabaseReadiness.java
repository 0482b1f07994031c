package uk.org.wmca.planforgrowth.database;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the start: DOWN while the database has not been reached and migrated yet (with the attempts made and
 * the last failure), UP after. The datasource's own check beside it reports whether the database answers now.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private final DatabaseStatus status;
    private final DatabaseStartup startup;

    DatabaseReadiness(DatabaseStatus status, DatabaseStartup startup) {
        this.status = status;
        this.startup = startup;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("Database migrated and content ready").status(status.started());
        if (!status.started()) {
            response.withData("attempts", startup.attempts());
            if (startup.waitingSince() != null) {
                response.withData("waitingSince", startup.waitingSince().toString());
            }
            if (startup.waitingFor() != null) {
                response.withData("lastFailure", startup.waitingFor());
            }
        }
        return response.build();
    }
}
