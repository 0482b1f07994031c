package uk.org.wmca.planforgrowth.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The parts of the OpenAPI document that no single resource owns: tags and the shared error responses. */
@OpenAPIDefinition(
        info = @Info(title = "Plan for Growth API", version = "1.0.0"),
        tags = {
            @Tag(name = "Plan", description = "The plan's summary, principles and headline figures."),
            @Tag(name = "Themes", description = "The delivery themes, the plan's conditions for growth."),
            @Tag(name = "Clusters", description = "The primary and nascent economic clusters the plan backs."),
            @Tag(name = "Interventions", description = "The plan's cross-cutting interventions."),
            @Tag(name = "Places", description = "Local authority areas, by slug or ONS GSS code, and their clusters."),
            @Tag(name = "Facts", description = "Every figure the API publishes, each with its source."),
            @Tag(name = "Sources", description = "The publications the content cites."),
            @Tag(name = "Search", description = "One search over every content type."),
            @Tag(
                    name = "Editing",
                    description = "What waits to be published; each type's writes sit under its own tag."),
            @Tag(name = "API", description = "The API's own index.")
        },
        components =
                @Components(
                        responses = {
                            @APIResponse(
                                    name = OpenApiDefinition.BAD_REQUEST,
                                    responseCode = "400",
                                    description =
                                            "A query parameter is unknown, malformed or out of range; errors names each one and what is valid.",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "size out of range",
                                                                    value = ProblemExamples.BAD_REQUEST))),
                            @APIResponse(
                                    name = OpenApiDefinition.NOT_FOUND,
                                    responseCode = "404",
                                    description = "Nothing is published with that id.",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "unknown slug",
                                                                    value = ProblemExamples.NOT_FOUND))),
                            @APIResponse(
                                    name = OpenApiDefinition.NOT_ACCEPTABLE,
                                    responseCode = "406",
                                    description = "The Accept header asks for a format this resource cannot produce.",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "XML asked for",
                                                                    value = ProblemExamples.NOT_ACCEPTABLE))),
                            @APIResponse(
                                    name = OpenApiDefinition.SERVER_ERROR,
                                    responseCode = "500",
                                    description = "A fault in the service; quote the requestId when reporting it.",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "unexpected failure",
                                                                    value = ProblemExamples.SERVER_ERROR)))
                        }))
public class OpenApiDefinition extends Application {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String NOT_FOUND = "NotFound";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String SERVER_ERROR = "ServerError";
}
