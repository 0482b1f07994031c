package uk.org.wmca.planforgrowth.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The example bodies of the OpenAPI document, kept as files under {@code openapi-examples/} rather than as Java
 * strings. An example whose {@code externalValue} is a relative path ({@code @ExampleObject(name = "created",
 * externalValue = "webhook/created.json")}) names such a file; the document carries the file's content inline as the
 * example's {@code value}, parsed when it is JSON, so that clients and validators need not fetch anything.
 */
public final class ExampleFiles {

    private static final String FOLDER = "openapi-examples/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExampleFiles() {}

    /** Replaces every file reference in the document's operations, webhooks and shared responses by its content. */
    static void inline(OpenAPI openAPI) {
        Stream<PathItem> items = Stream.concat(
                openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null
                        ? Stream.empty()
                        : openAPI.getPaths().getPathItems().values().stream(),
                openAPI.getWebhooks() == null ? Stream.empty() : openAPI.getWebhooks().values().stream());
        items.filter(item -> item.getOperations() != null)
                .flatMap(item -> item.getOperations().values().stream())
                .forEach(ExampleFiles::inline);
        if (openAPI.getComponents() != null && openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(response -> inline(response.getContent()));
        }
    }

    private static void inline(Operation operation) {
        if (operation.getRequestBody() != null) {
            inline(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().stream()
                    .map(APIResponse::getContent)
                    .forEach(ExampleFiles::inline);
        }
    }

    private static void inline(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().values().stream()
                .map(mediaType -> mediaType.getExamples())
                .filter(Objects::nonNull)
                .map(Map::values)
                .flatMap(java.util.Collection::stream)
                .forEach(ExampleFiles::inline);
    }

    private static void inline(Example example) {
        String file = example.getExternalValue();
        if (file == null || file.contains(":")) {
            return; // none, or a real URL
        }
        Object value = file.endsWith(".json") ? json(file) : text(file);
        if (value == null) {
            throw new IllegalStateException("No example file " + FOLDER + file);
        }
        example.setValue(value);
        example.setExternalValue(null);
    }

    /** The content of {@code openapi-examples/<file>}, parsed as JSON; null when there is no such file. */
    static Object json(String file) {
        try (InputStream in = open(file)) {
            return in == null ? null : MAPPER.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Example " + FOLDER + file + " is not valid JSON", e);
        }
    }

    /** The content of {@code openapi-examples/<file>} as text; null when there is no such file. */
    static String text(String file) {
        try (InputStream in = open(file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String file) {
        return ExampleFiles.class.getClassLoader().getResourceAsStream(FOLDER + file);
    }
}
