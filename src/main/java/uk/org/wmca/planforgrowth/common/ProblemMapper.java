package uk.org.wmca.planforgrowth.common;

import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where failures become RFC 9457 {@code application/problem+json} responses. */
public class ProblemMapper {

    private final AllowedMethods allowedMethods;

    ProblemMapper(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response mapApiException(ApiException e, UriInfo uri, HttpHeaders headers) {
        return problem(e.status(), e.title(), e.getMessage(), e.errors(), uri, headers);
    }

    @ServerExceptionMapper
    public Response mapWebApplicationException(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            Log.errorf(e, "Request %s failed with %d", requestId(headers), status);
            return problem(
                    status, reason(status), "The server could not complete the request.", List.of(), uri, headers);
        }
        Response.ResponseBuilder response =
                builder(status, reason(status), detailFor(status, uri), List.of(), uri, headers);
        if (status == 405) {
            allowedMethods.forPath(uri.getPath()).ifPresent(allow -> response.header(HttpHeaders.ALLOW, allow));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response mapConstraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(
                        lastNode(v.getPropertyPath().toString()), "query", v.getMessage(), List.of()))
                .toList();
        return problem(400, "Bad Request", "The request has invalid parameters; see errors.", errors, uri, headers);
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response mapUnexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        Log.errorf(e, "Unexpected failure of request %s %s", requestId(headers), uri.getPath());
        return problem(
                500,
                "Internal Server Error",
                "The server failed to answer this request. Quote the requestId when you report it.",
                List.of(),
                uri,
                headers);
    }

    static Response problem(
            int status,
            String title,
            String detail,
            List<Problem.FieldError> errors,
            UriInfo uri,
            HttpHeaders headers) {
        return builder(status, title, detail, errors, uri, headers).build();
    }

    private static Response.ResponseBuilder builder(
            int status,
            String title,
            String detail,
            List<Problem.FieldError> errors,
            UriInfo uri,
            HttpHeaders headers) {
        Problem body = new Problem("about:blank", title, status, detail, uri.getPath(), requestId(headers), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }

    private static String requestId(HttpHeaders headers) {
        return headers.getHeaderString(RequestIds.HEADER);
    }

    private static String detailFor(int status, UriInfo uri) {
        return switch (status) {
            case 404 -> "Nothing is published at " + uri.getPath() + ". The API's resources are listed at /api/v1.";
            case 405 -> "This resource does not support that method; the Allow header lists those it does.";
            case 406 -> "This resource can only answer with application/json.";
            case 415 -> "This resource does not accept that content type.";
            default -> reason(status) + ".";
        };
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
