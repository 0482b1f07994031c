package uk.org.wmca.planforgrowth.common;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.org.wmca.planforgrowth.auth.BearerTokenMechanism;
import uk.org.wmca.planforgrowth.auth.InvalidTokens;
import uk.org.wmca.planforgrowth.database.DatabaseFailures;
import uk.org.wmca.planforgrowth.database.DatabaseStatus;
import uk.org.wmca.planforgrowth.query.ListCatalogue;

/** The one place where failures become RFC 9457 {@code application/problem+json} responses. */
public class ProblemMapper {

    /** How Jackson reports a member given twice (with strict duplicate detection on). */
    private static final Pattern DUPLICATE_MEMBER = Pattern.compile("Duplicate field '([^']{1,100})'");

    /** What a client is told when the database cannot be reached. */
    static final String DATABASE_UNAVAILABLE = "The database is unavailable for the moment, so this request could not"
            + " be answered; published content stays readable. Retry after the number of seconds in Retry-After.";

    private final AllowedMethods allowedMethods;
    private final DatabaseStatus database;

    ProblemMapper(AllowedMethods allowedMethods, DatabaseStatus database) {
        this.allowedMethods = allowedMethods;
        this.database = database;
    }

    @ServerExceptionMapper
    public Response mapApiException(ApiException e, UriInfo uri, HttpHeaders headers) {
        return problem(e.status(), e.title(), e.getMessage(), e.errors(), uri, headers);
    }

    @ServerExceptionMapper
    public Response mapWebApplicationException(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500 && DatabaseFailures.isUnavailable(e)) {
            return databaseUnavailable(e, uri, headers);
        }
        if (status >= 500) {
            Log.errorf(e, "Request %s failed with %d", requestId(headers), status);
            return problem(
                    status, reason(status), "The server could not complete the request.", List.of(), uri, headers);
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return mapApiException(InvalidBodyException.malformed(malformedJson(json)), uri, headers);
        }
        Response.ResponseBuilder response =
                builder(status, reason(status), detailFor(status, uri), List.of(), uri, headers);
        if (status == 405) {
            allowedMethods.forPath(uri.getPath()).ifPresent(allow -> response.header(HttpHeaders.ALLOW, allow));
        }
        return response.build();
    }

    /**
     * Bean Validation failures: of a request body's members (422, {@code in: body}), else of parameters (400). The
     * names of body members are their paths below the body parameter ({@code name}, {@code address.city}).
     */
    @ServerExceptionMapper
    public Response mapConstraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.FieldError> body = new ArrayList<>();
        List<Problem.FieldError> parameters = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String member = bodyMember(violation.getPropertyPath());
            if (member != null) {
                body.add(InvalidBodyException.member(member, violation.getMessage(), List.of()));
            } else {
                parameters.add(new Problem.FieldError(
                        lastNode(violation.getPropertyPath().toString()), "query", violation.getMessage(), List.of()));
            }
        }
        if (parameters.isEmpty() && !body.isEmpty()) {
            body.sort(Comparator.comparing(Problem.FieldError::name).thenComparing(Problem.FieldError::message));
            return mapApiException(InvalidBodyException.invalid(body), uri, headers);
        }
        parameters.addAll(body);
        return problem(400, "Bad Request", "The request has invalid parameters; see errors.", parameters, uri, headers);
    }

    /**
     * A JSON body that is well-formed but does not fit: an unknown member, or a member of the wrong type (422 naming
     * it); a body that is not a JSON object at all is a 400.
     */
    @ServerExceptionMapper
    public Response mapMismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        String member = e.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName()
                        : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."));
        if (member.isEmpty()) {
            return mapApiException(
                    InvalidBodyException.malformed("The request body must be a single JSON object."), uri, headers);
        }
        Problem.FieldError error;
        if (e instanceof PropertyBindingException unknown) {
            List<String> valid = unknown.getKnownPropertyIds() == null
                    ? List.of()
                    : unknown.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .toList();
            error = InvalidBodyException.member(
                    member, "Unknown member '" + member + "'. Valid members: " + String.join(", ", valid) + ".", valid);
        } else {
            error = InvalidBodyException.member(
                    member, member + " must be " + StrictJson.jsonType(e.getTargetType()) + ".", List.of());
        }
        return mapApiException(InvalidBodyException.invalid(List.of(error)), uri, headers);
    }

    /** No credentials on a request that needs them. */
    @ServerExceptionMapper
    public Response mapUnauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return builder(
                        401,
                        "Unauthorized",
                        "This request needs an API token: send Authorization: Bearer <token>.",
                        List.of(),
                        uri,
                        headers)
                .header(HttpHeaders.WWW_AUTHENTICATE, BearerTokenMechanism.CHALLENGE)
                .build();
    }

    /** A bearer token that is malformed, unknown, revoked or expired. The detail never repeats the token. */
    @ServerExceptionMapper
    public Response mapAuthenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseFailures.isUnavailable(e)) {
            return databaseUnavailable(e, uri, headers); // the token could not be looked up
        }
        return builder(401, "Unauthorized", InvalidTokens.detailOf(e), List.of(), uri, headers)
                .header(HttpHeaders.WWW_AUTHENTICATE, BearerTokenMechanism.INVALID_TOKEN_CHALLENGE)
                .build();
    }

    /** A valid token whose role does not allow the request. */
    @ServerExceptionMapper
    public Response mapForbidden(ForbiddenException e, ResourceInfo resource, UriInfo uri, HttpHeaders headers) {
        List<String> needed = rolesAllowed(resource);
        String detail = needed.isEmpty()
                ? "This token's role does not allow this request."
                : "This token's role does not allow this request; it needs the "
                        + String.join(" or ", needed)
                        + " role.";
        return builder(403, "Forbidden", detail, List.of(), uri, headers)
                .header(HttpHeaders.WWW_AUTHENTICATE, BearerTokenMechanism.INSUFFICIENT_SCOPE_CHALLENGE)
                .build();
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response mapUnexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseFailures.isUnavailable(e)) {
            return databaseUnavailable(e, uri, headers);
        }
        Log.errorf(e, "Unexpected failure of request %s %s", requestId(headers), uri.getPath());
        return problem(
                500,
                "Internal Server Error",
                "The server failed to answer this request. Quote the requestId when you report it.",
                List.of(),
                uri,
                headers);
    }

    /**
     * The database could not be reached (refused, lost, timed out, not reached yet since the start): 503 with
     * Retry-After, never a 500. Logged once per outage by {@link DatabaseStatus}, not once per request.
     */
    private Response databaseUnavailable(Throwable e, UriInfo uri, HttpHeaders headers) {
        database.reportUnavailable(e);
        Log.debugf("Request %s %s: database unavailable (%s)", requestId(headers), uri.getPath(), e);
        return builder(503, "Service Unavailable", DATABASE_UNAVAILABLE, List.of(), uri, headers)
                .header("Retry-After", DatabaseStatus.RETRY_AFTER_SECONDS)
                .build();
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
            case 406 -> notAcceptable(uri.getPath());
            case 415 -> "This resource does not accept that content type.";
            default -> reason(status) + ".";
        };
    }

    /** What a 406 says: the formats the resource at a path answers in. */
    private static String notAcceptable(String path) {
        if (path.equals("/") || path.startsWith("/embed/")) {
            return "This resource can only answer with text/html.";
        }
        if (path.startsWith("/api/v1/") && ListCatalogue.formatsAt(path).contains(Format.HTML)) {
            return "This resource can only answer with application/json, or text/html (its HTML card).";
        }
        return "This resource can only answer with application/json.";
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }

    private static List<String> rolesAllowed(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return List.of();
        }
        RolesAllowed roles = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (roles == null && resource.getResourceClass() != null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return roles == null ? List.of() : List.of(roles.value());
    }

    /** The path of a violation below the request body parameter, or null when it is not about a body member. */
    private static String bodyMember(Path path) {
        List<String> below = new ArrayList<>();
        boolean inParameter = false;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                inParameter = true;
            } else if (inParameter && node.getKind() == ElementKind.PROPERTY) {
                below.add(node.getName());
            }
        }
        return below.isEmpty() ? null : String.join(".", below);
    }

    private static String malformedJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1
                ? ""
                : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        Matcher duplicate = DUPLICATE_MEMBER.matcher(String.valueOf(e.getOriginalMessage()));
        return duplicate.lookingAt()
                ? "The request body gives the member '" + duplicate.group(1) + "' more than once" + where + "."
                : "The request body is not well-formed JSON" + where + ".";
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
