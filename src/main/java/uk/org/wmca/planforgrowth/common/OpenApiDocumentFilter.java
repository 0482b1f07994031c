package uk.org.wmca.planforgrowth.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Finishes the generated OpenAPI document. It adds the example body of each operation's 200 response from
 * {@code openapi-examples/<operationId>.json} (real responses cut short; kept in files rather than annotations so
 * that the response schema can still be derived from the method's generic return type), and it makes nullable
 * object properties valid JSON Schema 2020-12.
 */
public class OpenApiDocumentFilter implements OASFilter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public Operation filterOperation(Operation operation) {
        String id = operation.getOperationId();
        if (id == null || operation.getResponses() == null) {
            return operation;
        }
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null) {
            return operation;
        }
        MediaType json = ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        Object example = read(id);
        if (json != null && example != null) {
            json.addExample(
                    id,
                    OASFactory.createExample()
                            .summary("A real response, lists cut short")
                            .value(example));
        }
        return operation;
    }

    /**
     * SmallRye writes a nullable object property as {@code type: object} beside {@code anyOf: [ref, {type: null}]},
     * which rejects null. Adding null to the type says what the API does: the property is the object or null.
     */
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

    private static Object read(String operationId) {
        try (InputStream in = OpenApiDocumentFilter.class
                .getClassLoader()
                .getResourceAsStream("openapi-examples/" + operationId + ".json")) {
            return in == null ? null : MAPPER.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Example openapi-examples/" + operationId + ".json is not valid JSON", e);
        }
    }
}
