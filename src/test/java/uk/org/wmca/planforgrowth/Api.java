package uk.org.wmca.planforgrowth;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * REST Assured entry point for tests: every response is validated against the generated {@code openapi/openapi.yaml},
 * so a response that the spec does not describe fails the test. Requests are not validated, because tests send
 * invalid requests on purpose.
 */
public final class Api {

    private static final OpenApiValidationFilter VALIDATE_AGAINST_SPEC =
            new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(
                            Path.of("openapi/openapi.yaml").toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    /**
     * The same validation for responses cut down with {@code fields}: a sparse fieldset leaves out members the
     * schema marks required, which is what the client asked for; every member present is still checked.
     */
    private static final OpenApiValidationFilter VALIDATE_SPARSE_AGAINST_SPEC =
            new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(
                            Path.of("openapi/openapi.yaml").toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .withLevel("validation.response.body.schema.required", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Api() {}

    /**
     * REST Assured asks for gzip by default; tests ask for it explicitly when they mean to, so that every other
     * response is the identity representation.
     */
    private static final RestAssuredConfig NO_DEFAULT_ENCODINGS =
            RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    /** A request whose response must match the OpenAPI document. */
    public static RequestSpecification given() {
        return RestAssured.given().config(NO_DEFAULT_ENCODINGS).filter(VALIDATE_AGAINST_SPEC);
    }

    /** A request with {@code fields}: its response must match the OpenAPI document but for required members. */
    public static RequestSpecification givenSparse() {
        return RestAssured.given().config(NO_DEFAULT_ENCODINGS).filter(VALIDATE_SPARSE_AGAINST_SPEC);
    }

    /** A request to a route the OpenAPI document does not describe (unknown routes, Swagger UI). */
    public static RequestSpecification givenUndocumented() {
        return RestAssured.given().config(NO_DEFAULT_ENCODINGS);
    }
}
