package uk.org.wmca.planforgrowth.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import uk.org.wmca.planforgrowth.query.ListQuery;

/**
 * Makes the response schemas say what a client gets, for generated clients and validating proxies alike.
 *
 * <ul>
 *   <li>Sparse fieldsets: {@code fields} leaves out members that the full schema requires. Each item of an operation
 *       that takes {@code fields} is therefore either the full schema ({@code Cluster}, no {@code fields}) or its
 *       sparse counterpart ({@code ClusterSparse}: the same members, at any depth, none required).
 *   <li>The envelope's {@code links.self} is always sent (and {@code first} and {@code last} on paged lists), and a
 *       paged list's {@code meta} always carries its paging figures ({@code ListMeta}).
 * </ul>
 */
final class ResponseSchemas {

    private static final String PREFIX = "#/components/schemas/";
    static final String SPARSE = "Sparse";

    private ResponseSchemas() {}

    /** The component schemas, written through {@link Components} (its map is read-only). */
    record Schemas(Components components) {
        Schema get(String name) {
            return components.getSchemas().get(name);
        }

        boolean containsKey(String name) {
            return components.getSchemas().containsKey(name);
        }

        void put(String name, Schema schema) {
            components.addSchema(name, schema);
        }
    }

    static void document(OpenAPI openAPI) {
        if (openAPI.getPaths() == null
                || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schemas schemas = new Schemas(openAPI.getComponents());
        Set<String> pagedEnvelopes = new HashSet<>();
        Set<String> envelopes = new HashSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() == null) {
                return;
            }
            item.getOperations().values().forEach(operation -> {
                String envelope = envelopeOf(operation);
                if (envelope == null || !schemas.containsKey(envelope)) {
                    return;
                }
                envelopes.add(envelope);
                if (takes(operation, "page")) {
                    pagedEnvelopes.add(envelope);
                }
                if (takes(operation, ListQuery.FIELDS)) {
                    allowSparse(schemas, schemas.get(envelope));
                }
            });
        });
        for (String envelope : envelopes) {
            requireLinks(schemas.get(envelope), pagedEnvelopes.contains(envelope));
        }
        if (!pagedEnvelopes.isEmpty() && schemas.containsKey("Meta")) {
            schemas.put("ListMeta", listMeta(schemas.get("Meta")));
            for (String envelope : pagedEnvelopes) {
                Schema meta = schemas.get(envelope).getProperties().get("meta");
                if (meta != null && (PREFIX + "Meta").equals(meta.getRef())) {
                    meta.setRef(PREFIX + "ListMeta");
                }
            }
        }
    }

    /** The envelope schema of an operation's JSON success response, if it is one. */
    private static String envelopeOf(Operation operation) {
        if (operation.getResponses() == null) {
            return null;
        }
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null) {
            return null;
        }
        MediaType json = ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (json == null || json.getSchema() == null || json.getSchema().getRef() == null) {
            return null;
        }
        String name = json.getSchema().getRef().substring(PREFIX.length());
        return name.startsWith("Envelope") ? name : null;
    }

    private static boolean takes(Operation operation, String parameter) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> parameter.equals(p.getName()));
    }

    /** {@code data} (or each item of it) becomes "the full schema, or its sparse counterpart". */
    private static void allowSparse(Schemas schemas, Schema envelope) {
        Schema data = envelope.getProperties().get("data");
        if (data == null) {
            return;
        }
        boolean list = data.getItems() != null;
        Schema item = list ? data.getItems() : data;
        if (item.getRef() == null) {
            return; // done already (an envelope shared by two operations)
        }
        String name = item.getRef().substring(PREFIX.length());
        Schema either = OASFactory.createSchema()
                .description("Without fields: " + name + ", every member it requires present. With fields (a sparse"
                        + " fieldset): " + name + SPARSE + ", only the members asked for.")
                .anyOf(List.of(
                        OASFactory.createSchema().ref(PREFIX + name),
                        OASFactory.createSchema().ref(PREFIX + sparse(schemas, name))));
        if (list) {
            data.setItems(either);
        } else {
            envelope.addProperty("data", either);
        }
    }

    /** The name of the sparse counterpart of a component schema, created on first use. */
    private static String sparse(Schemas schemas, String name) {
        String sparseName = name + SPARSE;
        if (!schemas.containsKey(sparseName)) {
            schemas.put(sparseName, OASFactory.createSchema()); // placeholder against cycles, replaced below
            Schema copy = partial(schemas, schemas.get(name));
            copy.setDescription((copy.getDescription() == null ? name + "." : copy.getDescription())
                    + " As a sparse fieldset (fields=...): only the members asked for; no member is required.");
            schemas.put(sparseName, copy);
        }
        return sparseName;
    }

    /** A deep copy of a schema with no {@code required} at any depth; references point to sparse counterparts. */
    private static Schema partial(Schemas schemas, Schema schema) {
        Schema copy = OASFactory.createSchema();
        for (Map.Entry<String, ?> entry : schema.getAll().entrySet()) {
            String key = entry.getKey();
            if (key.equals("required") || key.equals("$ref")) {
                continue;
            }
            copy.set(key, partialValue(schemas, entry.getValue()));
        }
        if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
            String target = schema.getRef().substring(PREFIX.length());
            copy.setRef(
                    PREFIX + (requiresAnything(schemas, target, new HashSet<>()) ? sparse(schemas, target) : target));
        } else if (schema.getRef() != null) {
            copy.setRef(schema.getRef());
        }
        return copy;
    }

    private static Object partialValue(Schemas schemas, Object value) {
        if (value instanceof Schema nested) {
            return partial(schemas, nested);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(element -> copy.add(partialValue(schemas, element)));
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, partialValue(schemas, v)));
            return copy;
        }
        return value;
    }

    /** Whether a component schema requires a member anywhere in it (else its sparse counterpart is itself). */
    private static boolean requiresAnything(Schemas schemas, String name, Set<String> seen) {
        if (!seen.add(name) || !schemas.containsKey(name)) {
            return false;
        }
        return requiresAnything(schemas, schemas.get(name), seen);
    }

    private static boolean requiresAnything(Schemas schemas, Object value, Set<String> seen) {
        if (value instanceof Schema schema) {
            if (schema.getRequired() != null && !schema.getRequired().isEmpty()) {
                return true;
            }
            if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
                return requiresAnything(schemas, schema.getRef().substring(PREFIX.length()), seen);
            }
            return schema.getAll().values().stream().anyMatch(v -> requiresAnything(schemas, v, seen));
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(v -> requiresAnything(schemas, v, seen));
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(v -> requiresAnything(schemas, v, seen));
        }
        return false;
    }

    /** {@code links.self} always; {@code first} and {@code last} too on a paged list. */
    private static void requireLinks(Schema envelope, boolean paged) {
        Schema links = envelope.getProperties() == null
                ? null
                : envelope.getProperties().get("links");
        if (links == null || links.getRef() != null || links.getProperties() != null) {
            return;
        }
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        links.addProperty("self", string.description("This response's own path and query."));
        if (paged) {
            links.addProperty("first", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
            links.addProperty("last", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
            links.setRequired(List.of("self", "first", "last"));
        } else {
            links.setRequired(List.of("self"));
        }
    }

    /** Meta with the paging figures that a paged list always carries. */
    private static Schema listMeta(Schema meta) {
        Schema copy = OASFactory.createSchema();
        meta.getAll().forEach(copy::set);
        copy.setDescription("The meta of a paged list: its paging figures and the attribution.");
        copy.setRequired(List.of("page", "size", "total", "totalPages", "source"));
        return copy;
    }
}
