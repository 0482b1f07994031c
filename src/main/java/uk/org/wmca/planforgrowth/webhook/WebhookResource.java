package uk.org.wmca.planforgrowth.webhook;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import uk.org.wmca.planforgrowth.auth.TokenRole;
import uk.org.wmca.planforgrowth.common.Envelope;
import uk.org.wmca.planforgrowth.common.Envelopes;
import uk.org.wmca.planforgrowth.common.InvalidBodyException;
import uk.org.wmca.planforgrowth.common.OpenApiDefinition;
import uk.org.wmca.planforgrowth.common.PageRequest;
import uk.org.wmca.planforgrowth.common.Problem;
import uk.org.wmca.planforgrowth.common.QueryParameters;
import uk.org.wmca.planforgrowth.common.ResourceNotFoundException;
import uk.org.wmca.planforgrowth.common.StrictJson;

/**
 * Manages webhook subscriptions and shows their delivery log. Admin tokens only; responses are never cached. What
 * subscribers receive is documented as the {@code change} webhook in {@code META-INF/openapi.yaml}.
 */
@Path(WebhookView.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@RolesAllowed(TokenRole.ADMIN_ROLE)
@SecurityRequirement(name = OpenApiDefinition.BEARER_AUTH)
@APIResponse(responseCode = "401", ref = OpenApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = OpenApiDefinition.FORBIDDEN)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class WebhookResource {

    private static final String ID = "Id of the subscription (a whole number; anything else names none: 404).";

    private final WebhookService webhooks;
    private final Envelopes envelopes;
    private final SecurityIdentity identity;
    private final WebhookConfig config;

    WebhookResource(WebhookService webhooks, Envelopes envelopes, SecurityIdentity identity, WebhookConfig config) {
        this.webhooks = webhooks;
        this.envelopes = envelopes;
        this.identity = identity;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @Operation(
            summary = "Create a webhook",
            description = "Subscribes a URL to change events. Each matching change is POSTed as JSON ({type,"
                    + " timestamp, data}) with the Standard Webhooks headers webhook-id, webhook-timestamp and"
                    + " webhook-signature (v1,<base64 HMAC-SHA256 of id.timestamp.body, keyed with the base64-decoded"
                    + " part of the secret after whsec_>). The answer carries the secret, the only time it is shown."
                    + " Failed deliveries are retried with exponential backoff; after repeated failures the"
                    + " subscription is paused. The URL must be http or https and resolve to public addresses. The"
                    + " secret can be replaced later with rotate-secret.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookInput.class),
                            examples = @ExampleObject(name = "subscription", externalValue = "webhook/input.json")))
    @APIResponse(
            responseCode = "201",
            description = "The subscription, with its signing secret (shown only here).",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookEnvelope.class),
                            examples = @ExampleObject(name = "created", externalValue = "webhook/created.json")),
            headers =
                    @Header(
                            name = "Location",
                            description = "Path of the new subscription.",
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "400",
            description = "The body is missing or not a JSON object, or a query parameter was sent.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = {
                                @ExampleObject(name = "malformed JSON", externalValue = "webhook/malformed-json.json"),
                                @ExampleObject(name = "query parameter", externalValue = "webhook/write-parameter.json")
                            }))
    @APIResponse(responseCode = "415", ref = OpenApiDefinition.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(
            responseCode = "422",
            description = "Members are missing, unknown or invalid (a URL that is not http(s) or resolves to an"
                    + " internal address, an unknown event filter); errors names each one.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(name = "invalid members", externalValue = "webhook/invalid.json")))
    public RestResponse<Envelope<WebhookView>> createWebhook(@Context UriInfo uri, WebhookInput input) {
        QueryParameters.allowOnly(uri, Set.of());
        if (input == null) {
            throw InvalidBodyException.missing();
        }
        WebhookView created = webhooks.create(input, identity.getPrincipal().getName());
        String self = created.links().get("self");
        return RestResponse.ResponseBuilder.<Envelope<WebhookView>>created(URI.create(self))
                .entity(envelopes.envelope(created, self))
                .build();
    }

    @GET
    @Operation(
            summary = "List webhooks",
            description = "Every subscription, oldest first, with its status, failure count and pending deliveries."
                    + " Never secrets. Takes page and size.")
    @APIResponse(
            responseCode = "200",
            description = "A page of subscriptions.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookListEnvelope.class),
                            examples = @ExampleObject(name = "listWebhooks", externalValue = "webhook/list.json")))
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
                                            externalValue = "webhook/unknown-parameter.json")))
    @Parameter(
            name = PageRequest.PAGE,
            in = ParameterIn.QUERY,
            description = "Page number, from 1.",
            example = "1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    @Parameter(
            name = PageRequest.SIZE,
            in = ParameterIn.QUERY,
            description = "Subscriptions per page, 1 to 100.",
            example = "20",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    public RestResponse<Envelope<List<WebhookView>>> listWebhooks(@Context UriInfo uri) {
        return envelopes.page(webhooks.list(page(uri)), uri.getPath(), Map.of());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a webhook", description = "One subscription, without its secret.")
    @APIResponse(
            responseCode = "200",
            description = "The subscription.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookEnvelope.class),
                            examples = @ExampleObject(name = "getWebhook", externalValue = "webhook/one.json")))
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
                                            externalValue = "webhook/unknown-parameter.json")))
    @APIResponse(
            responseCode = "404",
            description = "No subscription has this id.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", externalValue = "webhook/not-found.json")))
    public RestResponse<Envelope<WebhookView>> getWebhook(
            @Context UriInfo uri,
            @Parameter(
                            description = ID,
                            example = "3",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    @RestPath
                    String id) {
        QueryParameters.allowOnly(uri, Set.of());
        return envelopes.item(webhooks.find(parseId(id)).orElseThrow(() -> notFound(id)), uri.getPath());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @Operation(
            summary = "Change, pause or resume a webhook",
            description = "Changes the members sent (url, events, description; an empty description clears it)."
                    + " status paused stops deliveries, which wait in the outbox; status active resumes a paused"
                    + " subscription (also one paused after failures), resets its failure count and sends what"
                    + " waited at once. The secret does not change.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookInput.class),
                            examples = {
                                @ExampleObject(name = "pause", externalValue = "webhook/pause.json"),
                                @ExampleObject(name = "resume", externalValue = "webhook/resume.json")
                            }))
    @APIResponse(
            responseCode = "200",
            description = "The subscription as it is now.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookEnvelope.class),
                            examples = @ExampleObject(name = "paused", externalValue = "webhook/one.json")))
    @APIResponse(
            responseCode = "400",
            description = "The body is missing or not a JSON object, or a query parameter was sent.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(
                                            name = "malformed JSON",
                                            externalValue = "webhook/malformed-json.json")))
    @APIResponse(responseCode = "415", ref = OpenApiDefinition.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(
            responseCode = "422",
            description = "Members are unknown or invalid; errors names each one.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(name = "invalid members", externalValue = "webhook/invalid.json")))
    @APIResponse(
            responseCode = "404",
            description = "No subscription has this id.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", externalValue = "webhook/not-found.json")))
    public RestResponse<Envelope<WebhookView>> updateWebhook(
            @Context UriInfo uri,
            @Parameter(
                            description = ID,
                            example = "3",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    @RestPath
                    String id,
            WebhookInput input) {
        QueryParameters.allowOnly(uri, Set.of());
        long parsed = parseId(id);
        if (input == null) {
            throw InvalidBodyException.missing();
        }
        return envelopes.item(webhooks.update(parsed, input).orElseThrow(() -> notFound(id)), uri.getPath());
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            summary = "Delete a webhook",
            description = "Deletes the subscription with its pending deliveries and its delivery log.")
    @APIResponse(responseCode = "204", description = "The subscription is gone.")
    @APIResponse(
            responseCode = "400",
            description = "A query parameter was sent; writes take none.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(
                                            name = "query parameter",
                                            externalValue = "webhook/write-parameter.json")))
    @APIResponse(
            responseCode = "404",
            description = "No subscription has this id.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", externalValue = "webhook/not-found.json")))
    public RestResponse<Void> deleteWebhook(
            @Context UriInfo uri,
            @Parameter(
                            description = ID,
                            example = "3",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    @RestPath
                    String id) {
        QueryParameters.allowOnly(uri, Set.of());
        if (!webhooks.delete(parseId(id))) {
            throw notFound(id);
        }
        return RestResponse.noContent();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(
            summary = "Rotate a webhook's secret",
            description = "Gives the subscription a new signing secret, in this answer only. For a while"
                    + " (previousSecretExpiresAt: a day, pfg.webhooks.previous-secret-valid-for) every delivery carries"
                    + " two signatures in webhook-signature, one made with the new secret and one with the previous,"
                    + " so the subscriber can switch to the new secret without refusing anything; then only the new"
                    + " one. Once the subscriber has switched, or at once when the old secret leaked, end the overlap"
                    + " with DELETE …/previous-secret. While an overlap runs, another rotation is refused (409): it"
                    + " would stop the oldest secret at once. No body, no query parameters.")
    @APIResponse(
            responseCode = "200",
            description = "The subscription with its new secret (shown only here) and until when the previous one"
                    + " still signs.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookEnvelope.class),
                            examples = @ExampleObject(name = "rotated", externalValue = "webhook/rotated.json")))
    @APIResponse(
            responseCode = "409",
            description = "The last rotation's overlap still runs: end it with DELETE …/previous-secret first.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(
                                            name = "rotation under way",
                                            externalValue = "webhook/rotation-under-way.json")))
    @APIResponse(
            responseCode = "400",
            description = "A query parameter was sent; writes take none.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(
                                            name = "query parameter",
                                            externalValue = "webhook/write-parameter.json")))
    @APIResponse(
            responseCode = "404",
            description = "No subscription has this id.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", externalValue = "webhook/not-found.json")))
    public RestResponse<Envelope<WebhookView>> rotateWebhookSecret(
            @Parameter(
                            description = ID,
                            example = "3",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    @RestPath
                    String id) {
        WebhookView rotated = webhooks.rotateSecret(parseId(id), config.previousSecretValidFor())
                .orElseThrow(() -> notFound(id));
        return envelopes.item(rotated, rotated.links().get("self"));
    }

    @DELETE
    @Path("/{id}/previous-secret")
    @Operation(
            summary = "End a secret rotation's overlap",
            description = "Deliveries stop carrying a signature made with the secret before the last rotation, at"
                    + " once: after the subscriber confirmed it uses the new secret, or when the old one leaked."
                    + " Nothing to end is fine (204).")
    @APIResponse(responseCode = "204", description = "Deliveries are signed with the current secret only.")
    @APIResponse(
            responseCode = "400",
            description = "A query parameter was sent; writes take none.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(
                                            name = "query parameter",
                                            externalValue = "webhook/write-parameter.json")))
    @APIResponse(
            responseCode = "404",
            description = "No subscription has this id.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", externalValue = "webhook/not-found.json")))
    public RestResponse<Void> deleteWebhookPreviousSecret(
            @Parameter(
                            description = ID,
                            example = "3",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    @RestPath
                    String id) {
        if (!webhooks.endRotation(parseId(id))) {
            throw notFound(id);
        }
        return RestResponse.noContent();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            summary = "List a webhook's delivery attempts",
            description = "The delivery log: every attempt, newest first, with the event, the subscriber's status or"
                    + " the error, and how long it took. Takes page and size.")
    @APIResponse(
            responseCode = "200",
            description = "A page of attempts.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttemptListEnvelope.class),
                            examples =
                                    @ExampleObject(
                                            name = "listWebhookDeliveries",
                                            externalValue = "webhook/deliveries.json")))
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
                                            externalValue = "webhook/unknown-parameter.json")))
    @Parameter(
            name = PageRequest.PAGE,
            in = ParameterIn.QUERY,
            description = "Page number, from 1.",
            example = "1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    @Parameter(
            name = PageRequest.SIZE,
            in = ParameterIn.QUERY,
            description = "Attempts per page, 1 to 100.",
            example = "20",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    @APIResponse(
            responseCode = "404",
            description = "No subscription has this id.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", externalValue = "webhook/not-found.json")))
    public RestResponse<Envelope<List<AttemptView>>> listWebhookDeliveries(
            @Context UriInfo uri,
            @Parameter(
                            description = ID,
                            example = "3",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    @RestPath
                    String id) {
        PageRequest page = page(uri);
        return envelopes.page(
                webhooks.attempts(parseId(id), page).orElseThrow(() -> notFound(id)), uri.getPath(), Map.of());
    }

    private static PageRequest page(UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of(PageRequest.PAGE, PageRequest.SIZE));
        Map<String, List<String>> parameters = QueryParameters.of(uri);
        return PageRequest.parse(
                QueryParameters.first(parameters, PageRequest.PAGE),
                QueryParameters.first(parameters, PageRequest.SIZE));
    }

    /** Ids are whole numbers; anything else names no subscription, so it is a 404 like an unknown number. */
    private static long parseId(String id) {
        if (!id.matches("[1-9][0-9]{0,17}")) {
            throw notFound(id);
        }
        return Long.parseLong(id);
    }

    private static ResourceNotFoundException notFound(String id) {
        return new ResourceNotFoundException("webhook", "id", id);
    }

    /** The schema of an answer with one subscription. */
    @Schema(name = "WebhookEnvelope")
    record WebhookEnvelope(
            @Schema(required = true) WebhookView data,
            @Schema(required = true) uk.org.wmca.planforgrowth.common.Meta meta,
            @Schema(required = true) Map<String, String> links) {}

    /** The schema of a page of subscriptions. */
    @Schema(name = "WebhookListEnvelope")
    record WebhookListEnvelope(
            @Schema(required = true) List<WebhookView> data,
            @Schema(required = true) uk.org.wmca.planforgrowth.common.Meta meta,
            @Schema(required = true) Map<String, String> links) {}

    /** The schema of a page of the delivery log. */
    @Schema(name = "WebhookAttemptListEnvelope")
    record AttemptListEnvelope(
            @Schema(required = true) List<AttemptView> data,
            @Schema(required = true) uk.org.wmca.planforgrowth.common.Meta meta,
            @Schema(required = true) Map<String, String> links) {}
}
