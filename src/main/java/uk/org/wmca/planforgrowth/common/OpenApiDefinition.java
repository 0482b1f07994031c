package uk.org.wmca.planforgrowth.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.wmca.planforgrowth.http.RateLimits;

/**
 * The parts of the OpenAPI document that no single resource owns: tags, the bearer token scheme and the shared error
 * responses.
 */
@OpenAPIDefinition(
        info = @Info(title = "Plan for Growth API", version = "1.0.0"),
        tags = {
            @Tag(name = "Plan", description = "The plan's summary, principles and headline figures."),
            @Tag(name = "Themes", description = "The delivery themes, the plan's conditions for growth."),
            @Tag(name = "Clusters", description = "The primary and nascent economic clusters the plan backs."),
            @Tag(name = "Interventions", description = "The plan's cross-cutting interventions."),
            @Tag(name = "Places", description = "Local authority areas, by slug or ONS GSS code, and their clusters."),
            @Tag(name = "Facts", description = "Every figure the API publishes, each with its source."),
            @Tag(name = "Sources", description = "The publications the content cites."),
            @Tag(name = "Search", description = "One search over every content type."),
            @Tag(
                    name = "Editing",
                    description = "What waits to be published; each type's writes sit under its own tag."),
            @Tag(name = "API", description = "The API's own index."),
            @Tag(
                    name = "Embeds",
                    description = "HTML cards of clusters, themes and places for partner sites to frame, and the"
                            + " oEmbed provider that hands out the snippet. Public, no scripts, no cookies."),
            @Tag(name = "Tokens", description = "API tokens for writing: create, list, revoke. Needs an admin token."),
            @Tag(
                    name = "Changes",
                    description =
                            "The change feed: every change to published content since a cursor, as JSON or" + " Atom."),
            @Tag(
                    name = "Webhooks",
                    description = "Signed webhooks that POST each change to subscribers, with retries and a delivery"
                            + " log. Needs an admin token.")
        },
        components =
                @Components(
                        securitySchemes =
                                @SecurityScheme(
                                        securitySchemeName = OpenApiDefinition.BEARER_AUTH,
                                        type = SecuritySchemeType.HTTP,
                                        scheme = "bearer",
                                        bearerFormat = "pfg_ token",
                                        description =
                                                "An API token: Authorization: Bearer pfg_…. Admins create tokens with"
                                                        + " POST /api/v1/admin/tokens; the first admin token comes from"
                                                        + " PFG_ADMIN_TOKEN or is printed to the log at first start."
                                                        + " Reads need no token."),
                        responses = {
                            @APIResponse(
                                    name = OpenApiDefinition.BAD_REQUEST,
                                    responseCode = "400",
                                    description =
                                            "A query parameter is unknown, malformed or out of range; errors names each one and what is valid.",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "size out of range",
                                                                    value = ProblemExamples.BAD_REQUEST))),
                            @APIResponse(
                                    name = OpenApiDefinition.NOT_FOUND,
                                    responseCode = "404",
                                    description = "Nothing is published with that id.",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "unknown slug",
                                                                    value = ProblemExamples.NOT_FOUND))),
                            @APIResponse(
                                    name = OpenApiDefinition.NOT_ACCEPTABLE,
                                    responseCode = "406",
                                    description = "The Accept header asks for a format this resource cannot produce"
                                            + " and does not name application/problem+json, the type of every"
                                            + " error, which is acceptable everywhere (format= on a list or item"
                                            + " overrides Accept).",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "XML asked for",
                                                                    value = ProblemExamples.NOT_ACCEPTABLE))),
                            @APIResponse(
                                    name = OpenApiDefinition.UNAUTHORIZED,
                                    responseCode = "401",
                                    description =
                                            "No bearer token was sent, or it is not a valid token: unknown, revoked or"
                                                    + " expired. The detail says which.",
                                    headers =
                                            @Header(
                                                    name = "WWW-Authenticate",
                                                    description =
                                                            "Bearer realm=\"plan-for-growth\", with error=\"invalid_token\" when a token was refused.",
                                                    schema = @Schema(type = SchemaType.STRING)),
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class),
                                                    examples = {
                                                        @ExampleObject(
                                                                name = "no token",
                                                                value = ProblemExamples.UNAUTHORIZED),
                                                        @ExampleObject(
                                                                name = "revoked token",
                                                                value = ProblemExamples.INVALID_TOKEN)
                                                    })),
                            @APIResponse(
                                    name = OpenApiDefinition.FORBIDDEN,
                                    responseCode = "403",
                                    description = "The token is valid, but its role does not allow this request.",
                                    headers =
                                            @Header(
                                                    name = "WWW-Authenticate",
                                                    description =
                                                            "Bearer realm=\"plan-for-growth\", error=\"insufficient_scope\".",
                                                    schema = @Schema(type = SchemaType.STRING)),
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "editor token",
                                                                    value = ProblemExamples.FORBIDDEN))),
                            @APIResponse(
                                    name = OpenApiDefinition.UNSUPPORTED_MEDIA_TYPE,
                                    responseCode = "415",
                                    description = "The request body is not application/json.",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "form data sent",
                                                                    value = ProblemExamples.UNSUPPORTED_MEDIA_TYPE))),
                            @APIResponse(
                                    name = OpenApiDefinition.SERVER_ERROR,
                                    responseCode = "500",
                                    description = "A fault in the service; quote the requestId when reporting it.",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "unexpected failure",
                                                                    value = ProblemExamples.SERVER_ERROR))),
                            @APIResponse(
                                    name = OpenApiDefinition.SERVICE_UNAVAILABLE,
                                    responseCode = "503",
                                    description =
                                            "The database cannot be reached (an outage, or the service is still starting); retry after Retry-After seconds. Published content that was rendered before stays readable.",
                                    headers = {@Header(name = RateLimits.RETRY_AFTER, ref = RateLimits.RETRY_AFTER)},
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "database unavailable",
                                                                    value = ProblemExamples.SERVICE_UNAVAILABLE))),
                            @APIResponse(
                                    name = OpenApiDefinition.TOO_MANY_REQUESTS,
                                    responseCode = "429",
                                    description =
                                            "This client (its API token, else its address) has used its request budget; retry after Retry-After seconds. Responses 304 Not Modified are free.",
                                    headers = {
                                        @Header(name = RateLimits.RETRY_AFTER, ref = RateLimits.RETRY_AFTER),
                                        @Header(name = RateLimits.LIMIT, ref = RateLimits.LIMIT),
                                        @Header(name = RateLimits.REMAINING, ref = RateLimits.REMAINING),
                                        @Header(name = RateLimits.RESET, ref = RateLimits.RESET)
                                    },
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "budget used up",
                                                                    value = ProblemExamples.TOO_MANY_REQUESTS)))
                        },
                        headers = {
                            @Header(
                                    name = RateLimits.LIMIT,
                                    description =
                                            "Requests this client may send at once: the capacity of its budget. Sent on every response under /api/v1 while rate limiting is on (the default).",
                                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", examples = "300")),
                            @Header(
                                    name = RateLimits.REMAINING,
                                    description =
                                            "Requests left in this client's budget now; a 304 gives back what it took.",
                                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", examples = "299")),
                            @Header(
                                    name = RateLimits.RESET,
                                    description = "Seconds until this client's budget is full again.",
                                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", examples = "1")),
                            @Header(
                                    name = RateLimits.RETRY_AFTER,
                                    description = "Seconds to wait before the next request can succeed.",
                                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", examples = "1"))
                        }))
public class OpenApiDefinition extends Application {

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
}
