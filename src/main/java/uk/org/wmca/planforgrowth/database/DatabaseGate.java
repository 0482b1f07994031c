package uk.org.wmca.planforgrowth.database;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import uk.org.wmca.planforgrowth.http.EdgeOrder;
import uk.org.wmca.planforgrowth.http.EdgeProblems;

/**
 * Until the database has been reached at start, answers every request outside {@code /q/} (health, metrics, the
 * spec, Swagger UI keep working) with 503 problem+json and {@code Retry-After}: there is no content to serve yet.
 */
@ApplicationScoped
public class DatabaseGate {

    private final DatabaseStatus status;
    private final EdgeProblems problems;

    DatabaseGate(DatabaseStatus status, EdgeProblems problems) {
        this.status = status;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(EdgeOrder.DATABASE_GATE).handler(this::gate);
    }

    private void gate(RoutingContext context) {
        String path = context.request().path();
        if (status.started() || path == null || path.startsWith("/q/")) {
            context.next();
            return;
        }
        context.response().putHeader("Retry-After", String.valueOf(DatabaseStatus.RETRY_AFTER_SECONDS));
        problems.send(
                context,
                503,
                "Service Unavailable",
                "The service is starting and has not reached its database yet. Retry after "
                        + DatabaseStatus.RETRY_AFTER_SECONDS
                        + " seconds.");
    }
}
