package uk.org.wmca.planforgrowth.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.editorial.EditorialDocumentation;
import uk.org.wmca.planforgrowth.query.ListCatalogue;
import uk.org.wmca.planforgrowth.query.ListDefinition;
import uk.org.wmca.planforgrowth.query.ListDocumentation;
import uk.org.wmca.planforgrowth.query.ListQuery;
import uk.org.wmca.planforgrowth.search.SearchResource;

/**
 * Finishes the OpenAPI document that SmallRye merges from {@code META-INF/openapi.yaml} (the shared parts) and the
 * resources' annotations (the operations). For every operation this service answers it documents the rate limit
 * (RateLimit headers, 429) and the database outage (503); for every public read the HTTP caching contract
 * (conditional request headers, ETag and friends, 304); it adds the example body of each operation's 200 (or 201)
 * response from {@code openapi-examples/<operationId>.json} (real responses cut short; kept in files rather than
 * annotations so that the response schema can still be derived from the method's generic return type) and inlines
 * the example files that annotations name (see {@link ExampleFiles}); and it makes nullable object properties valid
 * JSON Schema 2020-12. Operations that need a token get no caching contract: their responses are {@code no-store}.
 */
public class OpenApiDocumentFilter implements OASFilter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Marks a public read that is not a list of the registry but links its pages in a Link header, as the change feed
     * does: {@code @Operation(extensions = @Extension(name = LINKS_PAGES, value = "true"))}. Not kept in the document.
     */
    public static final String LINKS_PAGES = "x-pfg-links-pages";

    /** The caching contract of public reads, taken from the static file when the document is finished. */
    private CachingContract caching;

    /**
     * Swagger UI's "Try it out" fills each parameter with its {@code example} and sends it: an optional parameter's
     * example would change the call (preview=true needs a token, format=csv asks for CSV, If-None-Match may answer
     * 304). Kept as the schema's {@code examples} instead, they are still documented but sent only when typed in.
     * Required parameters (path parameters) keep theirs, so that a tried call works as it stands.
     */
    private static void moveOptionalParameterExamplesIntoSchemas(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (Boolean.TRUE.equals(parameter.getRequired()) || parameter.getExample() == null) {
                continue;
            }
            Schema schema = parameter.getSchema();
            if (schema == null) {
                schema = OASFactory.createSchema();
                parameter.setSchema(schema);
            }
            if (schema.getExamples() == null || schema.getExamples().isEmpty()) {
                schema.addExample(parameter.getExample());
            }
            parameter.setExample(null);
        }
    }

    /**
     * Documents one operation, which it knows by its path and method: GET on a list's collection path is the list (its
     * query language, CSV and the Link header of its pages), GET on that path and the key parameter is an item (its
     * includes and card), GET on the plan's path takes preview and GET on the search path its parameters. The example
     * body is the file named for the operationId: a file name, not a way of finding the operation.
     */
    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean linksPages = takeExtension(operation, LINKS_PAGES);
        String id = operation.getOperationId();
        if (id == null || operation.getResponses() == null) {
            return;
        }
        documentRateLimit(operation);
        documentDatabaseUnavailable(operation);
        APIResponse ok = operation.getResponses().getAPIResponse("200") != null
                ? operation.getResponses().getAPIResponse("200")
                : operation.getResponses().getAPIResponse("201");
        if (ok == null || ok.getContent() == null) {
            return;
        }
        MediaType json = ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        Object example = ExampleFiles.json(id + ".json");
        if (json != null && example != null) {
            json.addExample(
                    id,
                    OASFactory.createExample()
                            .summary("A real response, lists cut short")
                            .value(example));
        }
        if (!isPublic(operation)) {
            return; // answered with Cache-Control: no-store, no validators
        }
        boolean get = method == PathItem.HttpMethod.GET;
        Optional<ListDefinition<?>> list = get ? ListCatalogue.listAt(path) : Optional.empty();
        documentCaching(operation, ok, linksPages || list.isPresent());
        list.ifPresent(served -> documentList(operation, ok, served));
        (get ? ListCatalogue.itemsAt(path) : Optional.<ListDefinition<?>>empty()).ifPresent(served -> {
            ListDocumentation.documentItem(operation, served);
            if (served.itemFormats().contains(Format.HTML)) {
                documentCard(operation, ok);
            }
        });
        if (get && path.equals(ItemType.PLAN.collectionPath())) {
            operation.addParameter(ListDocumentation.preview());
        }
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> ListQuery.PREVIEW.equals(p.getName()))) {
            operation
                    .getResponses()
                    .addAPIResponse("401", OASFactory.createAPIResponse().ref(OpenApiDefinition.UNAUTHORIZED))
                    .addAPIResponse("403", OASFactory.createAPIResponse().ref(OpenApiDefinition.FORBIDDEN));
        }
        if (get && path.equals(SearchResource.PATH)) {
            ListDocumentation.documentSearch(operation, SearchResource.typeNames());
        }
    }

    /** Whether the operation carries the extension; it is taken off, since it is a note to this filter only. */
    private static boolean takeExtension(Operation operation, String name) {
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(name)) {
            return false;
        }
        operation.removeExtension(name);
        return true;
    }

    /** Whether an operation is a public read: it declares no security requirement ({@code security: []}). */
    private static boolean isPublic(Operation operation) {
        return operation.getSecurity() == null || operation.getSecurity().isEmpty();
    }

    /** The query language of a list, and its CSV form with a real example and the column order. */
    private static void documentList(Operation operation, APIResponse ok, ListDefinition<?> list) {
        ListDocumentation.documentList(operation, list);
        MediaType csv = ok.getContent().getMediaType(Format.CSV_MEDIA_TYPE);
        if (csv != null) {
            String example = ExampleFiles.text(operation.getOperationId() + ".csv");
            csv.setSchema(OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .description(ListDocumentation.csvColumns(list)));
            if (example != null) {
                csv.addExample(
                        operation.getOperationId(),
                        OASFactory.createExample()
                                .summary("A real response, cut short")
                                .value(example));
            }
        }
        operation.setDescription(operation.getDescription() + " Also as CSV: Accept: text/csv or format=csv.");
    }

    /** The HTML card of an item: a string of HTML, with a real example, and how to ask for it. */
    private static void documentCard(Operation operation, APIResponse ok) {
        MediaType html = ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.TEXT_HTML);
        if (html == null) {
            return;
        }
        html.setSchema(OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .description("The item's HTML card: <article class=\"pfg-card\"> with its <style>, scoped to"
                        + " .pfg-card and themeable with --pfg-* custom properties; absolute links; no scripts."));
        String example = ExampleFiles.text(operation.getOperationId() + ".html");
        if (example != null) {
            html.addExample(
                    operation.getOperationId() + "Card",
                    OASFactory.createExample().summary("A real card, cut short").value(example));
        }
        operation.setDescription(operation.getDescription()
                + " Also as an HTML card for server-side includes: Accept: text/html or format=fragment.");
    }

    private void documentCaching(Operation operation, APIResponse ok, boolean list) {
        caching.conditions().forEach(operation::addParameter);
        ok.setHeaders(caching.headers(list));
        operation
                .getResponses()
                .addAPIResponse(
                        "304",
                        OASFactory.createAPIResponse()
                                .description(
                                        "The client's copy is current (If-None-Match or If-Modified-Since); no body.")
                                .headers(caching.headers(list)));
    }

    /** Every operation counts against the client's budget (see {@code http.RateLimits}) and may be refused. */
    private static void documentRateLimit(Operation operation) {
        operation
                .getResponses()
                .addAPIResponse("429", OASFactory.createAPIResponse().ref(OpenApiDefinition.TOO_MANY_REQUESTS));
    }

    /**
     * Every operation may find the database unavailable (or the service still starting without it), and answers 503
     * with Retry-After; a public read whose representation is kept is served from memory instead.
     */
    private static void documentDatabaseUnavailable(Operation operation) {
        operation
                .getResponses()
                .addAPIResponse("503", OASFactory.createAPIResponse().ref(OpenApiDefinition.SERVICE_UNAVAILABLE));
    }

    /** A response whose body is a problem ({@code application/problem+json}), with one named example. */
    public static APIResponse problemResponse(String description, String exampleName, Object example) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("Problem"))
                                        .addExample(
                                                exampleName,
                                                OASFactory.createExample()
                                                        .value(MAPPER.convertValue(example, Object.class)))));
    }

    /**
     * SmallRye writes a nullable object property as {@code type: object} beside {@code anyOf: [ref, {type: null}]},
     * which rejects null. Adding null to the type says what the API does: the property is the object or null.
     */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        caching = CachingContract.take(openAPI.getComponents());
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            // the operations this service answers; not the webhook it sends, which no rate limit or outage here touches
            openAPI.getPaths().getPathItems().forEach((path, item) -> {
                if (item.getOperations() != null) {
                    item.getOperations().forEach((method, operation) -> {
                        document(path, method, operation);
                        moveOptionalParameterExamplesIntoSchemas(operation);
                    });
                }
            });
        }
        if (openAPI.getComponents() != null) {
            EditorialDocumentation.documentWriteFormats(openAPI.getComponents().getSchemas());
            EditorialDocumentation.documentTypedDocuments(openAPI.getComponents());
        }
        ExampleFiles.inline(openAPI);
        documentOversizedBodies(openAPI);
        ResponseSchemas.document(openAPI);
    }

    /**
     * {@code http.BodyDeadline} answers 408 when a request's body has not all arrived within
     * {@code pfg.http.body-timeout} of its headers; only an operation that takes a body can meet it.
     */
    private static void documentBodyDeadline(String path, Operation operation) {
        if (operation.getRequestBody() == null || operation.getResponses().getAPIResponse("408") != null) {
            return;
        }
        Problem example = new Problem(
                "about:blank",
                "Request Timeout",
                408,
                "The request's body did not all arrive within 60 seconds of its headers.",
                path,
                "5f2b8f0e-8c1d-4a55-9a57-1f0f3c1e2b7a",
                List.of());
        operation
                .getResponses()
                .addAPIResponse(
                        "408",
                        problemResponse(
                                "The body did not all arrive within pfg.http.body-timeout (60 s by default) of the"
                                        + " headers; the connection is closed.",
                                "body too slow",
                                example));
        operation
                .getResponses()
                .setAPIResponses(new TreeMap<>(operation.getResponses().getAPIResponses()));
    }

    /**
     * {@code WriteRequests} refuses every write to {@code /api/v1} whose announced body is over
     * {@code pfg.editing.max-body-bytes} with a 413 before reading it, also a write that takes no body. Each write that
     * does not document its own 413 (the editorial writes and the import do) gets this one.
     */
    private static void documentOversizedBodies(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/v1") || item.getOperations() == null) {
                return;
            }
            item.getOperations().forEach((method, operation) -> {
                boolean write = method == PathItem.HttpMethod.POST
                        || method == PathItem.HttpMethod.PUT
                        || method == PathItem.HttpMethod.PATCH
                        || method == PathItem.HttpMethod.DELETE;
                if (!write || operation.getResponses() == null) {
                    return;
                }
                documentBodyDeadline(path, operation);
                if (operation.getResponses().getAPIResponse("413") != null) {
                    return;
                }
                String description = operation.getRequestBody() == null
                        ? "A body over pfg.editing.max-body-bytes was announced; it is refused before it is read (this"
                                + " operation takes no body)."
                        : "The body is over the configured limit (pfg.editing.max-body-bytes); it is refused before"
                                + " it is read.";
                Problem example = new Problem(
                        "about:blank",
                        "Content Too Large",
                        413,
                        "The request body is larger than the limit of 65536 bytes.",
                        path,
                        "5f2b8f0e-8c1d-4a55-9a57-1f0f3c1e2b7a",
                        List.of());
                operation.getResponses().addAPIResponse("413", problemResponse(description, "too large", example));
                operation
                        .getResponses()
                        .setAPIResponses(new TreeMap<>(operation.getResponses().getAPIResponses()));
            });
        });
    }

    @Override
    public Schema filterSchema(Schema schema) {
        List<Schema.SchemaType> type = schema.getType();
        List<Schema> anyOf = schema.getAnyOf();
        if (type != null
                && anyOf != null
                && !type.contains(Schema.SchemaType.NULL)
                && anyOf.stream().anyMatch(s -> List.of(Schema.SchemaType.NULL).equals(s.getType()))) {
            List<Schema.SchemaType> nullable = new ArrayList<>(type);
            nullable.add(Schema.SchemaType.NULL);
            schema.setType(nullable);
        }
        return schema;
    }
}
