package uk.org.wmca.planforgrowth.embed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import uk.org.wmca.planforgrowth.common.InvalidParameterException;
import uk.org.wmca.planforgrowth.common.OpenApiDefinition;
import uk.org.wmca.planforgrowth.common.Problem;
import uk.org.wmca.planforgrowth.common.PublicOrigin;
import uk.org.wmca.planforgrowth.common.QueryParameters;
import uk.org.wmca.planforgrowth.common.Rendered;
import uk.org.wmca.planforgrowth.common.RepresentationCache;

/**
 * The oEmbed provider (oEmbed 1.0, JSON, type {@code rich}): for the URL of a card, of a card's item in the API, or
 * of its entry on the landing page, the iframe snippet that frames the card, sized to the consumer's maximum.
 */
@Path("/oembed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Embeds")
@SecurityRequirements
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class OEmbedResource {

    static final String URL = "url";
    static final String MAX_WIDTH = "maxwidth";
    static final String MAX_HEIGHT = "maxheight";
    static final String FORMAT = "format";

    /** The smallest maxheight a card can honour and still show its name and summary. */
    static final int MIN_HEIGHT = 200;

    static final int MAX_SIZE = 10_000;

    private final OEmbedUrls urls;
    private final CardLookup lookup;
    private final PublicOrigin origins;
    private final RepresentationCache cache;
    private final ObjectMapper mapper;

    OEmbedResource(
            OEmbedUrls urls, CardLookup lookup, PublicOrigin origins, RepresentationCache cache, ObjectMapper mapper) {
        this.urls = urls;
        this.lookup = lookup;
        this.origins = origins;
        this.cache = cache;
        this.mapper = mapper;
    }

    @GET
    @Operation(
            summary = "oEmbed of a card",
            description = "oEmbed 1.0 (JSON, type rich) for a card's URL (/embed/clusters/{slug}, with its theme),"
                    + " an item's API URL (/api/v1/themes/{slug}, /api/v1/places/{slugOrGssCode}, …) or its entry on"
                    + " the landing page (/#cluster-{slug}, /#theme-{slug}, /#place-{slug}): the iframe that frames"
                    + " the card, 480 pixels wide or maxwidth if smaller (never under 280), as high as the card needs"
                    + " or maxheight if smaller. A URL of another origin, or one that names no published card, is a"
                    + " 404. Discovery: every card's page links here with <link rel=\"alternate\""
                    + " type=\"application/json+oembed\">.")
    @APIResponse(
            responseCode = "200",
            description = "The oEmbed answer.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OEmbed.class)))
    @APIResponse(
            responseCode = "501",
            description = "format=xml: this provider answers in JSON only, as oEmbed lets a provider decline.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "XML asked for", value = Examples.NOT_IMPLEMENTED)))
    public RestResponse<Rendered> getOembed(
            @Context UriInfo uri,
            @Context HttpServerRequest request,
            @RestQuery
                    @Parameter(
                            required = true,
                            description = "Absolute URL of a card, of its item in the API, or of its entry on the"
                                    + " landing page, on this API's origin.",
                            example = "https://api.example.org/embed/clusters/electric-light-vehicles")
                    String url,
            @RestQuery
                    @Parameter(
                            description = "Widest the consumer can show, in CSS pixels; at least 280, which the card"
                                    + " needs.",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "280", maximum = "10000"),
                            example = "400")
                    String maxwidth,
            @RestQuery
                    @Parameter(
                            description = "Highest the consumer can show, in CSS pixels; at least 200. A card taller"
                                    + " than that scrolls inside its frame.",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "200", maximum = "10000"),
                            example = "600")
                    String maxheight,
            @RestQuery
                    @Parameter(
                            description = "json (the default). xml is answered with 501, as oEmbed allows.",
                            schema =
                                    @Schema(
                                            enumeration = {"json", "xml"},
                                            defaultValue = "json"),
                            example = "json")
                    String format) {
        // The parameters above describe the operation; they are read here from the URI, strictly, as everywhere.
        QueryParameters.allowOnly(uri, Set.of(URL, MAX_WIDTH, MAX_HEIGHT, FORMAT));
        Map<String, List<String>> parameters = QueryParameters.of(uri);
        String rawFormat = QueryParameters.first(parameters, FORMAT);
        if ("xml".equals(rawFormat)) {
            throw new NotImplementedException(
                    "This oEmbed provider answers in JSON only: leave format out or send format=json.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (rawFormat != null && !rawFormat.equals("json")) {
            errors.add(Problem.FieldError.query(
                    FORMAT, "'" + rawFormat + "' is not a valid format. Valid values: json.", List.of("json")));
        }
        String target = QueryParameters.first(parameters, URL);
        if (target == null) {
            errors.add(Problem.FieldError.query(
                    URL, "Parameter 'url' is required: the URL of a card, or of its item in the API.", List.of()));
        }
        Integer width = size(MAX_WIDTH, QueryParameters.first(parameters, MAX_WIDTH), EmbedCards.MIN_WIDTH, errors);
        Integer height = size(MAX_HEIGHT, QueryParameters.first(parameters, MAX_HEIGHT), MIN_HEIGHT, errors);
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        String origin = origins.of(request);
        OEmbedUrls.Target found = urls.resolve(target, origin);
        Card card = lookup.find(found.collection(), found.key());
        int frameWidth = width == null ? EmbedCards.DEFAULT_WIDTH : Math.min(width, EmbedCards.DEFAULT_WIDTH);
        int needed = EmbedCards.suggestedHeight(card, frameWidth);
        int frameHeight = height == null ? needed : Math.min(height, needed);
        String cardUrl = EmbedCards.cardUrl(card, found.theme(), origin);
        OEmbed answer = new OEmbed(
                OEmbed.TYPE,
                OEmbed.VERSION,
                card.name(),
                OEmbed.PROVIDER_NAME,
                origin + "/",
                EmbedCards.iframe(cardUrl, frameWidth, frameHeight, EmbedCards.frameTitle(card)),
                frameWidth,
                frameHeight,
                cache.maxAge("embed"));
        try {
            return RestResponse.ok(Rendered.json(mapper.writeValueAsBytes(answer), card.shows(), origin));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an oEmbed answer", e);
        }
    }

    /** A size in CSS pixels, from {@code minimum} to {@value #MAX_SIZE}; null when absent. */
    private static Integer size(String name, String raw, int minimum, List<Problem.FieldError> errors) {
        if (raw == null) {
            return null;
        }
        String message = "'" + raw + "' is not a valid " + name + ": give a whole number of CSS pixels from " + minimum
                + " to " + MAX_SIZE + ".";
        if (!raw.matches("[0-9]{1,5}")) {
            errors.add(Problem.FieldError.query(name, message, List.of(minimum + " to " + MAX_SIZE)));
            return null;
        }
        int value = Integer.parseInt(raw);
        if (value < minimum || value > MAX_SIZE) {
            errors.add(Problem.FieldError.query(name, message, List.of(minimum + " to " + MAX_SIZE)));
            return null;
        }
        return value;
    }
}
