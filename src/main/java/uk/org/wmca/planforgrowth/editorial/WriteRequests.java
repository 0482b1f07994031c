package uk.org.wmca.planforgrowth.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import uk.org.wmca.planforgrowth.common.ApiConfig;
import uk.org.wmca.planforgrowth.common.InvalidParameterException;
import uk.org.wmca.planforgrowth.common.Problem;
import uk.org.wmca.planforgrowth.common.RequestIds;
import uk.org.wmca.planforgrowth.http.EdgeOrder;

/**
 * Checks every write before its body is read: a body announced as larger than the limit is refused with a 413
 * problem at once, and a write with query parameters (writes take none) with a 400 naming them.
 */
@ApplicationScoped
public class WriteRequests {

    private static final Set<HttpMethod> WRITES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The one write whose body may be larger than any document: a whole backup. */
    public static final String IMPORT_PATH = "/api/v1/admin/import";

    private final int documentLimit;
    private final int importLimit;

    WriteRequests(ApiConfig config) {
        this.documentLimit = config.editing().maxBodyBytes();
        this.importLimit = config.editing().maxImportBytes();
    }

    void register(@Observes Router router) {
        router.route().order(EdgeOrder.WRITE_SIZE).handler(this::refuseOversized);
    }

    private void refuseOversized(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null
                && WRITES.contains(context.request().method())
                && context.request().path().startsWith("/api/v1")) {
            long announced;
            try {
                announced = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                announced = -1;
            }
            int limit = context.request().path().equals(IMPORT_PATH) ? importLimit : documentLimit;
            if (announced > limit) {
                Problem problem = new Problem(
                        "about:blank",
                        "Content Too Large",
                        413,
                        "The request body is larger than the limit of " + limit + " bytes.",
                        context.request().path(),
                        context.request().getHeader(RequestIds.HEADER),
                        List.of());
                try {
                    context.response()
                            .setStatusCode(413)
                            .putHeader("Content-Type", Problem.MEDIA_TYPE)
                            .putHeader("Cache-Control", "no-store")
                            .putHeader("Connection", "close")
                            .end(MAPPER.writeValueAsString(problem));
                } catch (JsonProcessingException e) {
                    context.fail(e);
                }
                return;
            }
        }
        context.next();
    }

    @ServerRequestFilter
    public void refuseQueryParameters(ContainerRequestContext request) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return;
        }
        if (!request.getUriInfo().getPath().startsWith("/api/v1")) {
            return;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            errors.add(Problem.FieldError.query(name, "Writes take no query parameters.", List.of()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
    }
}
