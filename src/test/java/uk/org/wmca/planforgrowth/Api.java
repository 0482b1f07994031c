package uk.org.wmca.planforgrowth;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.Filter;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * REST Assured entry point for tests: every response is validated against the generated {@code openapi/openapi.yaml},
 * so a response that the spec does not describe fails the test. Requests are not validated, because tests send
 * invalid requests on purpose.
 *
 * <p>The spec describes each item of an operation that takes {@code fields} as "the full schema or its sparse
 * counterpart" ({@code anyOf}). A response to a request with {@code fields} is validated against the spec as published,
 * every check on, the required-member check too: what a sparse answer leaves out must be optional in the sparse schema.
 * A response to a request without {@code fields} is validated against the spec with each such choice narrowed to the
 * full schema, so that it must carry every member the full schema requires.
 */
public final class Api {

    private static final Path SPEC = Path.of("openapi/openapi.json");

    /** The spec as published: for responses to requests with {@code fields}. */
    private static final OpenApiValidationFilter VALIDATE_SPARSE_AGAINST_SPEC = validator(read(SPEC));

    /** The spec with every "full or sparse" choice narrowed to the full schema: for every other response. */
    private static final OpenApiValidationFilter VALIDATE_AGAINST_SPEC = validator(withoutSparseChoices(read(SPEC)));

    private static final Filter VALIDATE = (request, response, context) -> {
        boolean sparse = request.getQueryParams().containsKey("fields")
                || URI.create(request.getURI()).getRawQuery() != null
                        && Pattern.compile("(^|&)fields=")
                                .matcher(URI.create(request.getURI()).getRawQuery())
                                .find();
        return (sparse ? VALIDATE_SPARSE_AGAINST_SPEC : VALIDATE_AGAINST_SPEC).filter(request, response, context);
    };

    private static OpenApiValidationFilter validator(String spec) {
        return new OpenApiValidationFilter(OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The spec with each {@code anyOf: [X, XSparse]} replaced by {@code X}. */
    static String withoutSparseChoices(String spec) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            JsonNode root = mapper.readTree(spec);
            narrow(root);
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void narrow(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(member -> {
                JsonNode value = member.getValue();
                JsonNode anyOf = value.get("anyOf");
                if (anyOf != null
                        && anyOf.size() == 2
                        && anyOf.get(1).path("$ref").asText().endsWith("Sparse")) {
                    member.setValue(anyOf.get(0));
                } else {
                    narrow(value);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(Api::narrow);
        }
    }

    private Api() {}

    /**
     * REST Assured asks for gzip by default; tests ask for it explicitly when they mean to, so that every other
     * response is the identity representation.
     */
    private static final RestAssuredConfig NO_DEFAULT_ENCODINGS =
            RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    /** A request whose response must match the OpenAPI document. */
    public static RequestSpecification given() {
        return RestAssured.given().config(NO_DEFAULT_ENCODINGS).filter(VALIDATE);
    }

    /**
     * A request with {@code fields}: its response must match the OpenAPI document as published, every check on (the
     * same as {@link #given()}, which tells the two cases apart by the query; kept so that tests say what they send).
     */
    public static RequestSpecification givenSparse() {
        return given();
    }

    /** A request to a route the OpenAPI document does not describe (unknown routes, Swagger UI). */
    public static RequestSpecification givenUndocumented() {
        return RestAssured.given().config(NO_DEFAULT_ENCODINGS);
    }
}
