package uk.org.wmca.planforgrowth.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Adds the example body of each operation's 200 response from {@code openapi-examples/<operationId>.json}, real
 * responses cut short. Examples live in files rather than annotations so that the response schema can still be
 * derived from the method's generic return type.
 */
public class OpenApiExamples implements OASFilter {

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
            json.addExample(id, OASFactory.createExample().summary("A real response, lists cut short").value(example));
        }
        return operation;
    }

    private static Object read(String operationId) {
        try (InputStream in = OpenApiExamples.class.getClassLoader()
                .getResourceAsStream("openapi-examples/" + operationId + ".json")) {
            return in == null ? null : MAPPER.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Example openapi-examples/" + operationId + ".json is not valid JSON", e);
        }
    }
}
