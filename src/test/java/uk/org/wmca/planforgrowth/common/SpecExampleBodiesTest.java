package uk.org.wmca.planforgrowth.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every JSON example body of a response in the spec (most of them files under {@code openapi-examples/}) is a valid
 * answer of its operation with its status: it matches the schema the spec gives that response, so that an example
 * cannot drift from the contract it illustrates. {@code SpecExamplesTest} sends the request examples.
 */
class SpecExampleBodiesTest {

    @Test
    void everyJsonResponseExampleMatchesItsSchema() throws IOException {
        String text = Files.readString(Path.of("openapi/openapi.json"));
        JsonNode spec = new ObjectMapper().readTree(text);
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(text)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var path : iterable(spec.path("paths"))) {
            for (var method : iterable(path.getValue())) {
                for (var status : iterable(method.getValue().path("responses"))) {
                    JsonNode response = resolve(spec, status.getValue());
                    for (var media : iterable(response.path("content"))) {
                        if (!media.getKey().endsWith("json")) {
                            continue;
                        }
                        for (var example : iterable(media.getValue().path("examples"))) {
                            ValidationReport report = validator.validateResponse(
                                    path.getKey(),
                                    Request.Method.valueOf(method.getKey().toUpperCase()),
                                    SimpleResponse.Builder.status(Integer.parseInt(status.getKey()))
                                            .withContentType(media.getKey())
                                            .withBody(example.getValue()
                                                    .path("value")
                                                    .toString())
                                            .build());
                            checked++;
                            if (report.hasErrors()) {
                                wrong.add(method.getKey().toUpperCase() + " " + path.getKey() + " " + status.getKey()
                                        + " '" + example.getKey() + "': " + report.getMessages());
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked > 100, "only " + checked + " examples found");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static JsonNode resolve(JsonNode spec, JsonNode node) {
        return node.has("$ref") ? spec.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static Iterable<java.util.Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
