package uk.org.wmca.planforgrowth.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.List;
import uk.org.wmca.planforgrowth.common.Problem;
import uk.org.wmca.planforgrowth.common.RequestIds;

/**
 * Writes the problems that the edge answers itself, before any request reaches the REST layer, in the same shape as
 * {@code common.ProblemMapper}'s: RFC 9457 with {@code instance} and {@code requestId}, never stored by caches.
 */
@ApplicationScoped
public class EdgeProblems {

    private final ObjectMapper mapper;

    EdgeProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Ends the exchange with this problem; headers already put on the response are kept. */
    public void send(RoutingContext context, int status, String title, String detail) {
        Problem problem = new Problem(
                "about:blank",
                title,
                status,
                detail,
                context.request().path(),
                context.request().getHeader(RequestIds.HEADER),
                List.of());
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(Buffer.buffer(body));
    }
}
