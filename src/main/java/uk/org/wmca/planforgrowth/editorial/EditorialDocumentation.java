package uk.org.wmca.planforgrowth.editorial;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import uk.org.wmca.planforgrowth.common.OpenApiDocumentFilter;
import uk.org.wmca.planforgrowth.common.Problem;
import uk.org.wmca.planforgrowth.content.ContentDocument;
import uk.org.wmca.planforgrowth.content.ContentFiles;
import uk.org.wmca.planforgrowth.content.ItemType;

/**
 * Documents the editorial operations in the OpenAPI document, for each content type from its {@link ItemType}: fills in
 * the templates of {@link EditableResource}, names the key parameter, and gives each operation the bearer token it
 * needs, every status it can answer with an example problem, and example bodies taken from the real content files. An
 * operation is found by its path and method, never by its id. Runs when the application is built, before the
 * document's other filters, so that they see each operation under its own id.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class EditorialDocumentation implements OASFilter {

    /** The name of the bearer-token security scheme. */
    public static final String SECURITY_SCHEME = "bearerAuth";

    private static final Pattern TEMPLATE = Pattern.compile("\\{(type|Type|key)");

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    /** The editorial operations, each found by its method and its path: the collection's, or below one item's. */
    enum Verb {
        CREATE(HttpMethod.POST, null, true, false),
        REPLACE(HttpMethod.PUT, "", true, false),
        PATCH(HttpMethod.PATCH, "", true, false),
        DELETE(HttpMethod.DELETE, "", false, false),
        PUBLISH(HttpMethod.POST, "/publish", false, false),
        UNPUBLISH(HttpMethod.POST, "/unpublish", false, false),
        REVISIONS(HttpMethod.GET, "/revisions", false, true),
        REVISION(HttpMethod.GET, "/revisions/{number}", false, true),
        RESTORE(HttpMethod.POST, "/revisions/{number}/restore", false, false),
        DRAFT(HttpMethod.GET, "/draft", false, true);

        final HttpMethod method;
        private final String belowItem;
        final boolean body;
        final boolean read;

        Verb(HttpMethod method, String belowItem, boolean body, boolean read) {
            this.method = method;
            this.belowItem = belowItem;
            this.body = body;
            this.read = read;
        }

        String path(ItemType type, String item) {
            return belowItem == null ? type.collectionPath() : item + belowItem;
        }

        /** Whether it needs If-Match: every write to an item that exists. */
        boolean conditional() {
            return this != CREATE && !read;
        }
    }

    /**
     * Says in the write formats' schemas what the API accepts: a member that is neither required nor a number or
     * boolean may be null (null and absent mean the same: no value).
     */
    public static void documentWriteFormats(Map<String, Schema> schemas) {
        if (schemas == null) {
            return;
        }
        List<Class<?>> formats = new ArrayList<>();
        for (ItemType type : ItemType.values()) {
            formats.add(type.recordType());
        }
        formats.add(ContentDocument.GrowthRecord.class);
        formats.add(ContentDocument.PrincipleRecord.class);
        for (Class<?> format : formats) {
            Schema schema = schemas.get(format.getSimpleName());
            if (schema == null || schema.getProperties() == null) {
                continue;
            }
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            for (java.lang.reflect.RecordComponent component : format.getRecordComponents()) {
                Schema property = schema.getProperties().get(component.getName());
                if (property == null
                        || required.contains(component.getName())
                        || component.getType().isPrimitive()) {
                    continue;
                }
                if (property.getRef() != null) {
                    String ref = property.getRef();
                    property.setRef(null);
                    property.setAnyOf(List.of(
                            OASFactory.createSchema().ref(ref),
                            OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
                } else if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
                    List<Schema.SchemaType> types = new ArrayList<>(property.getType());
                    types.add(Schema.SchemaType.NULL);
                    property.setType(types);
                }
            }
            if (schema.getDescription() == null) {
                schema.setDescription("Write format (the content-file format): what POST and PUT take and what"
                        + " revisions and working copies hold. Members not listed as required may be null.");
            }
        }
    }

    /**
     * Gives the documents that editors read and write real schemas: each type's merge patch ({@code ClusterPatch}:
     * the write format's members, none required, null removes one), the working copy and revision of each type with
     * its document in that type's write format ({@code EditorialCluster}, {@code RevisionCluster} and their
     * envelopes), and, in lists of mixed types, the document as one of the write formats.
     */
    public static void documentTypedDocuments(org.eclipse.microprofile.openapi.models.Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        if (schemas == null || !schemas.containsKey("EditorialItem") || !schemas.containsKey("Revision")) {
            return;
        }
        List<Schema> everyFormat = new ArrayList<>();
        for (ItemType type : ItemType.values()) {
            String record = type.recordType().getSimpleName();
            Schema format = schemas.get(record);
            if (format == null) {
                continue;
            }
            everyFormat.add(OASFactory.createSchema().ref(record));
            Schema patch = OASFactory.createSchema();
            format.getAll().forEach((key, value) -> {
                if (!key.equals("required") && !key.equals("description")) {
                    patch.set(key, value);
                }
            });
            patch.setDescription("A JSON Merge Patch (RFC 7396) of the " + type.wireName() + " document ("
                    + record + "): members to set, null to remove a member, absent to keep it. The result must"
                    + " still be a valid " + type.wireName() + " (422 otherwise).");
            components.addSchema(patchSchemaName(type), patch);
            for (String kind : List.of("Editorial", "Revision")) {
                Schema item = copyOf(schemas.get(kind.equals("Editorial") ? "EditorialItem" : "Revision"));
                item.setProperties(new LinkedHashMap<>(item.getProperties()));
                Schema document = copyOf(item.getProperties().get("document"));
                document.setRef(null);
                document.setType(null);
                document.setAllOf(List.of(OASFactory.createSchema().ref(record)));
                item.addProperty("document", document);
                components.addSchema(kind + typeName(type), item);
                Schema envelope = copyOf(
                        schemas.get(kind.equals("Editorial") ? "EnvelopeEditorialItem" : "EnvelopeRevisionView"));
                envelope.setProperties(new LinkedHashMap<>(envelope.getProperties()));
                envelope.addProperty("data", OASFactory.createSchema().ref(kind + typeName(type)));
                components.addSchema("Envelope" + kind + typeName(type), envelope);
            }
        }
        // Every operation now names its type's envelope; the generic ones are left to no one.
        components.removeSchema("EnvelopeEditorialItem");
        components.removeSchema("EnvelopeRevisionView");
        for (String generic : List.of("EditorialItem", "Revision")) {
            Schema document = schemas.get(generic).getProperties().get("document");
            if (document != null) {
                document.setType(null);
                document.setAnyOf(everyFormat);
            }
        }
    }

    private static Schema copyOf(Schema schema) {
        Schema copy = OASFactory.createSchema();
        schema.getAll().forEach(copy::set);
        return copy;
    }

    private static String typeName(ItemType type) {
        return type.wireName().substring(0, 1).toUpperCase() + type.wireName().substring(1);
    }

    private static String patchSchemaName(ItemType type) {
        return typeName(type) + "Patch";
    }

    /** Documents the editorial operations of every content type, and the list of drafts. */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        for (ItemType type : ItemType.values()) {
            String item = nameTheKey(paths, type);
            for (Verb verb : Verb.values()) {
                PathItem pathItem = paths.getPathItem(verb.path(type, item));
                Operation operation =
                        pathItem == null ? null : pathItem.getOperations().get(verb.method);
                if (operation != null) {
                    fillIn(operation, type);
                    document(operation, verb, type);
                    inOperationIdOrder(pathItem);
                }
            }
        }
        PathItem drafts = paths.getPathItem(DraftsResource.PATH);
        if (drafts != null && drafts.getGET() != null) {
            documentDrafts(drafts.getGET());
        }
    }

    /**
     * Gives the {@value EditableResource#KEY} path parameter of the type's editorial paths the type's own name, and
     * merges each path with the read operations already there. Returns the path of one item.
     */
    private static String nameTheKey(Paths paths, ItemType type) {
        Optional<ItemType.PathKey> key = type.pathKey();
        if (key.isEmpty()) {
            return type.collectionPath();
        }
        String generic = type.collectionPath() + "/{" + EditableResource.KEY + "}";
        String named = type.collectionPath() + "/{" + key.get().parameter() + "}";
        Map<String, PathItem> renamed = new TreeMap<>();
        paths.getPathItems().forEach((path, pathItem) -> {
            if (path.equals(generic) || path.startsWith(generic + "/")) {
                String name = named + path.substring(generic.length());
                PathItem target = paths.getPathItem(name);
                if (target == null) {
                    target = renamed.computeIfAbsent(name, n -> OASFactory.createPathItem());
                }
                PathItem into = target;
                pathItem.getOperations().forEach(into::setOperation);
                renamed.put(name, into);
                paths.removePathItem(path);
            }
        });
        Map<String, PathItem> all = new TreeMap<>(paths.getPathItems());
        all.putAll(renamed);
        paths.setPathItems(new LinkedHashMap<>(all));
        return named;
    }

    /** Fills in the templates of {@link EditableResource}: the type's noun, its key and its key parameter. */
    private static void fillIn(Operation operation, ItemType type) {
        String noun = type.wireName();
        String member = type.pathKey().map(ItemType.PathKey::member).orElse("key");
        UnaryOperator<String> fill = text -> text == null
                ? null
                : text.replace("{type}", noun).replace("{Type}", typeName(type)).replace("{key}", member);
        operation.setOperationId(fill.apply(operation.getOperationId()));
        operation.setSummary(fill.apply(operation.getSummary()));
        operation.setDescription(fill.apply(operation.getDescription()));
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (EditableResource.KEY.equals(parameter.getName()) && parameter.getIn() == Parameter.In.PATH) {
                    ItemType.PathKey key = type.pathKey().orElseThrow();
                    parameter.setName(key.parameter());
                    parameter.setDescription(key.description());
                    parameter.setExample(key.example());
                }
            }
            // in SmallRye's order (path parameters by name), which the key's new name may change
            List<Parameter> parameters = new ArrayList<>(operation.getParameters());
            parameters.sort(Comparator.comparing(Parameter::getIn).thenComparing(Parameter::getName));
            operation.setParameters(parameters);
        }
        for (String text :
                new String[] {operation.getOperationId(), operation.getSummary(), operation.getDescription()}) {
            if (text != null && TEMPLATE.matcher(text).find()) {
                throw new IllegalStateException("Template left in the OpenAPI document: " + text);
            }
        }
    }

    /** Lists a path's operations in the order SmallRye gives those of one resource class: by operationId, descending. */
    private static void inOperationIdOrder(PathItem pathItem) {
        Map<PathItem.HttpMethod, Operation> operations = new LinkedHashMap<>(pathItem.getOperations());
        operations.keySet().forEach(method -> pathItem.setOperation(method, null));
        operations.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(
                        Comparator.comparing(Operation::getOperationId).reversed()))
                .forEach(entry -> pathItem.setOperation(entry.getKey(), entry.getValue()));
    }

    /** The list of drafts: needs an editor token and takes no query parameter. */
    private static void documentDrafts(Operation operation) {
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME)));
        respond(
                operation,
                "400",
                "A query parameter was sent; this list takes none.",
                problem(400, "Bad Request", "Unknown query parameter 'page'.", DraftsResource.PATH, List.of()));
        respond(
                operation,
                "401",
                "No token, or a token that is not valid, has expired or was revoked.",
                problem(401, "Unauthorized", "This operation needs a bearer token.", DraftsResource.PATH, List.of()));
        respond(
                operation,
                "403",
                "The token's role may not do this.",
                problem(403, "Forbidden", "This operation needs the editor role.", DraftsResource.PATH, List.of()));
        operation
                .getResponses()
                .addAPIResponse(
                        "406",
                        OASFactory.createAPIResponse()
                                .ref(uk.org.wmca.planforgrowth.common.OpenApiDefinition.NOT_ACCEPTABLE));
    }

    private static void document(Operation operation, Verb verb, ItemType type) {
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME)));
        String path = type.itemPath(exampleKey(type));

        respond(
                operation,
                "400",
                "A query parameter was sent (writes take none), the body is not JSON, or a revision"
                        + " number is not a whole number.",
                problem(
                        400,
                        "Bad Request",
                        "The request body is not valid JSON: Unexpected end-of-input.",
                        path,
                        List.of()));
        respond(
                operation,
                "401",
                "No token, or a token that is not valid, has expired or was revoked.",
                problem(401, "Unauthorized", "This operation needs a bearer token.", path, List.of()));
        respond(
                operation,
                "403",
                "The token's role may not do this.",
                problem(403, "Forbidden", "This operation needs the editor role.", path, List.of()));
        if (verb != Verb.CREATE) {
            respond(
                    operation,
                    "404",
                    "No " + type.wireName() + " (published or draft) has that key.",
                    problem(404, "Not Found", "No " + type.wireName() + " has the slug 'steel'.", path, List.of()));
        }
        if (!verb.read) {
            respond(
                    operation,
                    "409",
                    "The key (or a GSS code or intervention code) is taken, there is nothing to"
                            + " publish, or published items still refer to the item.",
                    problem(
                            409,
                            "Conflict",
                            "Cannot delete the source 'wmca-primary-clusters': published items refer to it: fact"
                                    + " 'primary-clusters-gva-uplift' (source). Remove those references and publish them first.",
                            path,
                            List.of()));
        }
        if (verb.conditional()) {
            if (operation.getParameters() != null) {
                operation.getParameters().stream()
                        .filter(p -> "If-Match".equalsIgnoreCase(p.getName()))
                        .forEach(p -> p.setRequired(true)); // answered with 428 without it
            }
            respond(
                    operation,
                    "412",
                    "If-Match is not the item's current ETag: someone else changed it first.",
                    problem(
                            412,
                            "Precondition Failed",
                            "The item has changed since that ETag was issued.",
                            path,
                            List.of()));
            respond(
                    operation,
                    "428",
                    "No If-Match header (or If-Match: *).",
                    problem(
                            428,
                            "Precondition Required",
                            "This write needs an If-Match header with the item's current ETag.",
                            path,
                            List.of()));
        }
        if (verb.body) {
            respond(
                    operation,
                    "413",
                    "The body is over the configured limit (pfg.editing.max-body-bytes).",
                    problem(
                            413,
                            "Content Too Large",
                            "The request body is larger than the limit of 65536 bytes.",
                            path,
                            List.of()));
            respond(
                    operation,
                    "415",
                    "The body is not " + (verb == Verb.PATCH ? Editing.MERGE_PATCH : "application/json") + ".",
                    problem(
                            415,
                            "Unsupported Media Type",
                            "This resource does not accept that content type.",
                            path,
                            List.of()));
        }
        if (verb.body || verb == Verb.PUBLISH) {
            respond(
                    operation,
                    "422",
                    "The document is not valid (each field in errors), or, to publish, refers to"
                            + " items that are not published.",
                    problem(
                            422,
                            "Unprocessable Content",
                            "The document is not valid; see errors.",
                            path,
                            List.of(EditorialException.body("summary", "must not be blank"))));
        }
        if (verb.body) {
            documentBody(operation, verb, type);
        }
        documentSuccess(operation, verb, type);
    }

    private static void documentBody(Operation operation, Verb verb, ItemType type) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        for (MediaType media :
                operation.getRequestBody().getContent().getMediaTypes().values()) {
            if (verb == Verb.PATCH) {
                media.setSchema(OASFactory.createSchema().ref(patchSchemaName(type)));
                String member = patchMember(type);
                media.addExample(
                        "change the " + member,
                        OASFactory.createExample()
                                .summary("Answered with 200 (send the item's current ETag in If-Match)")
                                .value(ordered(member, "A corrected " + member + " of this " + type.wireName() + ".")));
                continue;
            }
            media.setSchema(OASFactory.createSchema().ref(type.recordType().getSimpleName()));
            if (verb == Verb.CREATE) {
                media.addExample(
                        "a new " + type.wireName(),
                        OASFactory.createExample()
                                .summary("Answered with 201: an item of the content files under a new key")
                                .value(newDocument(type)));
            } else {
                String key = pathExample(operation);
                media.addExample(
                        "a " + type.wireName(),
                        OASFactory.createExample()
                                .summary("Answered with 200 (send the item's current ETag in If-Match): the item as"
                                        + " in the content files")
                                .value(MAPPER.convertValue(documentOf(type, key), Object.class)));
            }
        }
    }

    /** A member that every document of the type has and that takes any text: what the patch example changes. */
    private static String patchMember(ItemType type) {
        List<String> members = java.util.Arrays.stream(type.recordType().getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .toList();
        return members.contains("summary") ? "summary" : members.contains("note") ? "note" : "title";
    }

    /** The example of the operation's path parameter, or null (the plan has none). */
    private static String pathExample(Operation operation) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.PATH)
                .map(p -> p.getExample() == null ? null : p.getExample().toString())
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** The document of the item with this key in the content files (the first one when there is none). */
    private static Object documentOf(ItemType type, String key) {
        List<Object> items = List.copyOf(ContentFiles.read().items(type));
        return items.stream()
                .filter(item -> key != null && key.equals(type.keyOf(item)))
                .findFirst()
                .orElse(items.get(0));
    }

    /** The first document of the type under a key (and GSS code or intervention code) that nothing has. */
    private static Map<String, Object> newDocument(ItemType type) {
        @SuppressWarnings("unchecked")
        Map<String, Object> document = MAPPER.convertValue(exampleDocument(type), LinkedHashMap.class);
        String keyMember = document.containsKey("slug") ? "slug" : "id";
        document.put(keyMember, "new-" + document.get(keyMember));
        if (document.containsKey("gssCode")) {
            document.put("gssCode", "E99999999");
        }
        if (document.containsKey("code")) {
            document.put("code", "Z9");
        }
        return document;
    }

    private static void documentSuccess(Operation operation, Verb verb, ItemType type) {
        String status = switch (verb) {
            case CREATE -> "201";
            case DELETE -> "204";
            default -> "200";
        };
        APIResponse ok = operation.getResponses().getAPIResponse(status);
        if (ok == null || status.equals("204")) {
            return;
        }
        Map<String, Header> headers = new LinkedHashMap<>();
        if (verb != Verb.REVISION) {
            headers.put("ETag", header("The item's current revision, \"rev-<n>\": send it in If-Match."));
        }
        if (verb == Verb.CREATE) {
            headers.put("Location", header("The item's public path (404 until it is published)."));
        }
        headers.put("Cache-Control", header("no-store: editorial responses are never cached."));
        ok.setHeaders(headers);
        if (ok.getContent() == null && verb == Verb.CREATE) {
            ok.setContent(OASFactory.createContent()
                    .addMediaType(
                            jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                            OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref("EnvelopeEditorialItem"))));
        }
        if (ok.getContent() == null) {
            return;
        }
        MediaType json = ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (json == null) {
            return;
        }
        if (json.getSchema() != null
                && ("#/components/schemas/EnvelopeEditorialItem"
                                .equals(json.getSchema().getRef())
                        || "#/components/schemas/EnvelopeRevisionView"
                                .equals(json.getSchema().getRef()))) {
            String kind = json.getSchema().getRef().endsWith("EditorialItem") ? "Editorial" : "Revision";
            json.setSchema(OASFactory.createSchema().ref("Envelope" + kind + typeName(type)));
        }
        Object document = MAPPER.convertValue(exampleDocument(type), Object.class);
        String self = type.itemPath(exampleKey(type));
        Map<String, Object> meta = ordered(
                "source",
                ordered(
                        "publisher", "West Midlands Combined Authority",
                        "title", "West Midlands Plan for Growth",
                        "url", "https://www.wmca.org.uk/",
                        "notice", "Summarised in our own words from WMCA's published Plan for Growth."));
        Object data;
        String link;
        if (verb == Verb.REVISIONS) {
            data = List.of(
                    revision(2, "updated", "published", List.of("summary"), null, self),
                    revision(1, "seeded", "published", List.of(), null, self));
            link = self + "/revisions";
        } else if (verb == Verb.REVISION) {
            data = revision(2, "updated", "published", List.of("summary"), document, self);
            link = self + "/revisions/2";
        } else {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("type", type.wireName());
            item.put("id", exampleKey(type));
            item.put("status", verb == Verb.CREATE || verb == Verb.UNPUBLISH ? "draft" : "published");
            item.put("hasUnpublishedChanges", verb == Verb.REPLACE || verb == Verb.PATCH || verb == Verb.RESTORE);
            item.put("revision", verb == Verb.CREATE ? 1 : 3);
            item.put("updatedAt", "2026-11-28T16:55:06Z");
            item.put("updatedBy", "jo-editor");
            item.put("document", document);
            item.put("links", ordered("self", self, "revisions", self + "/revisions", "publish", self + "/publish"));
            data = item;
            link = self;
        }
        json.addExample(
                operation.getOperationId(),
                OASFactory.createExample().value(ordered("data", data, "meta", meta, "links", ordered("self", link))));
    }

    /** A map in the order given, so that the generated spec is the same on every build. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> revision(
            int number, String action, String state, List<String> changed, Object document, String self) {
        Map<String, Object> revision = new LinkedHashMap<>();
        revision.put("number", number);
        revision.put("action", action);
        revision.put("state", state);
        revision.put("author", number == 1 ? EditorialService.SEED_AUTHOR : "jo-editor");
        revision.put("createdAt", "2026-11-28T16:55:06Z");
        revision.put("changed", changed);
        if (document != null) {
            revision.put("document", document);
        }
        revision.put("links", ordered("self", self + "/revisions/" + number));
        return revision;
    }

    private static void respond(Operation operation, String status, String description, Problem example) {
        if (operation.getResponses().getAPIResponse(status) != null && !status.equals("400") && !status.equals("404")) {
            return;
        }
        operation
                .getResponses()
                .addAPIResponse(status, OpenApiDocumentFilter.problemResponse(description, status, example));
    }

    private static Problem problem(
            int status, String title, String detail, String path, List<Problem.FieldError> errors) {
        return new Problem("about:blank", title, status, detail, path, "5f2b8f0e-8c1d-4a55-9a57-1f0f3c1e2b7a", errors);
    }

    private static Header header(String description) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Object exampleDocument(ItemType type) {
        ContentDocument content = ContentFiles.read();
        return content.items(type).get(0);
    }

    private static String exampleKey(ItemType type) {
        return type.keyOf(exampleDocument(type));
    }
}
