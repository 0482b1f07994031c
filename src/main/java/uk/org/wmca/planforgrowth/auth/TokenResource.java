package uk.org.wmca.planforgrowth.auth;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import uk.org.wmca.planforgrowth.common.Envelope;
import uk.org.wmca.planforgrowth.common.Envelopes;
import uk.org.wmca.planforgrowth.common.InvalidBodyException;
import uk.org.wmca.planforgrowth.common.OpenApiDefinition;
import uk.org.wmca.planforgrowth.common.PageRequest;
import uk.org.wmca.planforgrowth.common.Problem;
import uk.org.wmca.planforgrowth.common.QueryParameters;
import uk.org.wmca.planforgrowth.common.ResourceNotFoundException;
import uk.org.wmca.planforgrowth.common.StrictJson;

/** Manages API tokens: create, list, read, revoke. Admin tokens only; responses are never cached. */
@Path("/api/v1/admin/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens")
@RolesAllowed(TokenRole.ADMIN_ROLE)
@SecurityRequirement(name = OpenApiDefinition.BEARER_AUTH)
@APIResponse(responseCode = "401", ref = OpenApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = OpenApiDefinition.FORBIDDEN)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class TokenResource {

    private static final String ID_DESCRIPTION = "Id of the token (a whole number; anything else names no token: 404).";

    private final TokenService tokens;
    private final Envelopes envelopes;
    private final SecurityIdentity identity;

    TokenResource(TokenService tokens, Envelopes envelopes, SecurityIdentity identity) {
        this.tokens = tokens;
        this.envelopes = envelopes;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @Operation(
            summary = "Create a token",
            description = "Creates an editor or admin token. The response carries its secret, the only time it is"
                    + " shown: store it at once. Send it as Authorization: Bearer <secret>. Names are unique, also"
                    + " among revoked tokens.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TokenInput.class),
                            examples = {
                                @ExampleObject(name = "editor", externalValue = "tokens/editor-input.json"),
                                @ExampleObject(name = "expiring admin", externalValue = "tokens/admin-input.json")
                            }))
    @APIResponse(
            responseCode = "201",
            description = "The token, with its secret (shown only here).",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IssuedTokenEnvelope.class)),
            headers =
                    @Header(
                            name = "Location",
                            description = "Path of the new token.",
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "400",
            description = "The body is missing or not a JSON object, or a query parameter was sent.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = {
                                @ExampleObject(name = "malformed JSON", externalValue = "tokens/malformed-json.json"),
                                @ExampleObject(
                                        name = "unknown parameter",
                                        externalValue = "tokens/unknown-parameter.json")
                            }))
    @APIResponse(
            responseCode = "409",
            description = "A token with this name exists already, perhaps revoked.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "name taken", externalValue = "tokens/name-taken.json")))
    @APIResponse(responseCode = "415", ref = OpenApiDefinition.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(
            responseCode = "422",
            description = "Members are missing, unknown or invalid; errors names each one.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = {
                                @ExampleObject(name = "invalid members", externalValue = "tokens/invalid-input.json"),
                                @ExampleObject(name = "unknown member", externalValue = "tokens/unknown-member.json")
                            }))
    public RestResponse<Envelope<IssuedTokenView>> createToken(@Context UriInfo uri, @Valid TokenInput input) {
        QueryParameters.allowOnly(uri, Set.of());
        if (input == null) {
            throw InvalidBodyException.missing();
        }
        IssuedTokenView token =
                IssuedTokenView.from(tokens.create(input.name(), input.tokenRole(), input.expiry(), actor()));
        String self = token.links().self();
        return RestResponse.ResponseBuilder.<Envelope<IssuedTokenView>>created(URI.create(self))
                .entity(envelopes.item(token, self).getEntity())
                .build();
    }

    @GET
    @Operation(
            summary = "List tokens",
            description = "Every token, oldest first, with its status, expiry, last use and revocation. Never"
                    + " secrets. Takes page and size.")
    @APIResponse(responseCode = "200", description = "A page of tokens.")
    @APIResponse(
            responseCode = "400",
            description = "A query parameter is unknown, or page or size is invalid.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(
                                            name = "unknown parameter",
                                            externalValue = "tokens/unknown-parameter.json")))
    @Parameter(
            name = PageRequest.PAGE,
            in = ParameterIn.QUERY,
            description = "Page number, from 1.",
            example = "1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    @Parameter(
            name = PageRequest.SIZE,
            in = ParameterIn.QUERY,
            description = "Tokens per page, 1 to 100.",
            example = "20",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    public RestResponse<Envelope<List<TokenView>>> listTokens(@Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of(PageRequest.PAGE, PageRequest.SIZE));
        Map<String, List<String>> parameters = QueryParameters.of(uri);
        PageRequest request = PageRequest.parse(
                QueryParameters.first(parameters, PageRequest.PAGE),
                QueryParameters.first(parameters, PageRequest.SIZE));
        return envelopes.page(tokens.list(request), uri.getPath(), Map.of());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a token", description = "One token, without its secret.")
    @APIResponse(responseCode = "200", description = "The token.")
    @APIResponse(
            responseCode = "400",
            description = "A query parameter was sent; this resource takes none.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(
                                            name = "unknown parameter",
                                            externalValue = "tokens/unknown-parameter.json")))
    @APIResponse(
            responseCode = "404",
            description = "No token has this id.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", externalValue = "tokens/not-found.json")))
    public RestResponse<Envelope<TokenView>> getToken(
            @Context UriInfo uri,
            @RestPath
                    @Parameter(
                            description = ID_DESCRIPTION,
                            example = "7",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    String id) {
        QueryParameters.allowOnly(uri, Set.of());
        TokenView token = tokens.find(parseId(id)).orElseThrow(() -> notFound(id));
        return envelopes.item(token, uri.getPath());
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            summary = "Revoke a token",
            description = "Revokes a token at once, on every instance. The token is kept, marked revoked, and its"
                    + " name stays taken. Revoking a revoked token changes nothing and also answers 204.")
    @APIResponse(responseCode = "204", description = "The token is revoked.")
    @APIResponse(
            responseCode = "400",
            description = "A query parameter was sent; this resource takes none.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(
                                            name = "unknown parameter",
                                            externalValue = "tokens/unknown-parameter.json")))
    @APIResponse(
            responseCode = "404",
            description = "No token has this id.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", externalValue = "tokens/not-found.json")))
    public RestResponse<Void> revokeToken(
            @Context UriInfo uri,
            @RestPath
                    @Parameter(
                            description = ID_DESCRIPTION,
                            example = "7",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    String id) {
        QueryParameters.allowOnly(uri, Set.of());
        tokens.revoke(parseId(id), actor()).orElseThrow(() -> notFound(id));
        return RestResponse.noContent();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    /** Ids are whole numbers; anything else names no token, so it is a 404 like an unknown number. */
    private static long parseId(String id) {
        if (!id.matches("[1-9][0-9]{0,17}")) {
            throw notFound(id);
        }
        return Long.parseLong(id);
    }

    private static ResourceNotFoundException notFound(String id) {
        return new ResourceNotFoundException("token", "id", id);
    }
}
