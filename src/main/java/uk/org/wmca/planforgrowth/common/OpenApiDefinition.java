package uk.org.wmca.planforgrowth.common;

/**
 * The names of the shared parts of the OpenAPI document, which are written in {@code META-INF/openapi.yaml}: an
 * operation names a shared problem response with {@code @APIResponse(responseCode = "404", ref =
 * OpenApiDefinition.NOT_FOUND)}. Each name here is a key under {@code components/responses} (or, for
 * {@link #BEARER_AUTH}, under {@code components/securitySchemes}) of that file.
 */
public final class OpenApiDefinition {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String NOT_FOUND = "NotFound";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String SERVER_ERROR = "ServerError";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";

    /** The security scheme of operations that need an API token. */
    public static final String BEARER_AUTH = "bearerAuth";

    public static final String TOO_MANY_REQUESTS = "TooManyRequests";

    /** The database cannot be reached: every operation may answer it (see {@code database.DatabaseFailures}). */
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";

    private OpenApiDefinition() {}
}
