package uk.org.wmca.planforgrowth.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import uk.org.wmca.planforgrowth.common.OpenApiDocumentFilter;

/**
 * Describes what subscribers receive, as an OpenAPI 3.1 webhook (the body, the signature headers, the answers), and
 * what the admin operations on one subscription share.
 */
public final class WebhookDocumentation {

    static final String EVENT_EXAMPLE = """
            {
              "type": "cluster.published",
              "timestamp": "2026-11-29T09:12:44.018Z",
              "data": {
                "cursor": "YzEuMTIuMA",
                "version": 12,
                "event": "cluster.published",
                "type": "cluster",
                "key": "aerospace",
                "action": "published",
                "at": "2026-11-29T09:12:44.018Z",
                "links": { "item": "/api/v1/clusters/aerospace" }
              }
            }
            """;

    /** The operations on one subscription, which take its id in the path and answer 404 when none has it. */
    private static final Set<String> ONE_SUBSCRIPTION = Set.of(
            "getWebhook",
            "updateWebhook",
            "deleteWebhook",
            "rotateWebhookSecret",
            "deleteWebhookPreviousSecret",
            "listWebhookDeliveries");

    /** The writes on one subscription that take no body: their only 400 is a query parameter (writes take none). */
    private static final Set<String> BODILESS_WRITES =
            Set.of("deleteWebhook", "rotateWebhookSecret", "deleteWebhookPreviousSecret");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WebhookDocumentation() {}

    /**
     * Documents what the operations on one subscription share, so that each does not repeat it: the {@code id} path
     * parameter, the 404 for an id that names no subscription (anything but a whole number names none), and for the
     * writes without a body the 400 for a query parameter.
     */
    public static void document(Operation operation) {
        if (!ONE_SUBSCRIPTION.contains(operation.getOperationId())) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if ("id".equals(parameter.getName()) && parameter.getIn() == Parameter.In.PATH) {
                parameter
                        .description("Id of the subscription (a whole number; anything else names none: 404).")
                        .example(3)
                        .schema(OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int64")
                                .minimum(BigDecimal.ONE));
            }
        }
        operation
                .getResponses()
                .addAPIResponse(
                        "404",
                        OpenApiDocumentFilter.problemResponse(
                                "No subscription has this id.", "unknown id", json(Examples.NOT_FOUND)));
        if (BODILESS_WRITES.contains(operation.getOperationId())) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            "400",
                            OpenApiDocumentFilter.problemResponse(
                                    "A query parameter was sent; writes take none.",
                                    "query parameter",
                                    json(Examples.WRITE_PARAMETER)));
        }
        // in status order, as the annotated responses are, so that the 404 is not listed last
        operation
                .getResponses()
                .setAPIResponses(new TreeMap<>(operation.getResponses().getAPIResponses()));
    }

    private static Object json(String text) {
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void describe(OpenAPI openAPI) {
        List<Parameter> headers = new ArrayList<>();
        headers.add(header(
                "webhook-id",
                "Id of the message (msg_<n>), the same on every retry of it: drop duplicates by it.",
                "msg_17"));
        headers.add(header(
                "webhook-timestamp",
                "Unix seconds of this attempt; refuse messages more than five minutes from your clock.",
                "1795943564"));
        headers.add(header(
                "webhook-signature",
                "v1,<base64 HMAC-SHA256 over <webhook-id>.<webhook-timestamp>.<body>, keyed with the base64-decoded"
                        + " part of the secret after whsec_>; space-separated when there are several (after a secret"
                        + " is rotated, one made with each secret for a while): accept the message if any verifies.",
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
        Object example = json(EVENT_EXAMPLE);
        openAPI.addWebhook(
                "change",
                OASFactory.createPathItem()
                        .POST(OASFactory.createOperation()
                                .operationId("receiveChange")
                                .summary("A change, POSTed to each matching subscriber")
                                .description("What a subscription's URL receives for each change its filters match:"
                                        + " the change as in the feed, signed with the Standard Webhooks headers."
                                        + " Verify the signature before trusting it (see the README's recipe)."
                                        + " Deliveries are at least once and not ordered: deduplicate on"
                                        + " webhook-id, order by data.version.")
                                .tags(List.of("Webhooks"))
                                .security(new ArrayList<>())
                                .parameters(headers)
                                .requestBody(OASFactory.createRequestBody()
                                        .required(true)
                                        .content(OASFactory.createContent()
                                                .addMediaType(
                                                        "application/json",
                                                        OASFactory.createMediaType()
                                                                .schema(OASFactory.createSchema()
                                                                        .ref("#/components/schemas/WebhookEvent"))
                                                                .addExample(
                                                                        "clusterPublished",
                                                                        OASFactory.createExample()
                                                                                .summary("A cluster was published")
                                                                                .value(example)))))
                                .responses(OASFactory.createAPIResponses()
                                        .addAPIResponse(
                                                "200",
                                                OASFactory.createAPIResponse()
                                                        .description("Any 2xx acknowledges the delivery."))
                                        .addAPIResponse(
                                                "400",
                                                OASFactory.createAPIResponse()
                                                        .description("Any other answer, or none within the timeout,"
                                                                + " is a failure: retried with backoff, and the"
                                                                + " subscription is paused after repeated"
                                                                + " failures.")))));
    }

    private static Parameter header(String name, String description, String example) {
        return OASFactory.createParameter()
                .name(name)
                .in(Parameter.In.HEADER)
                .required(true)
                .description(description)
                .example(example)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
