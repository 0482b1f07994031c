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
import uk.org.wmca.planforgrowth.common.ResourceNotFoundException;

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

    static final int MAX_SIZE = 999_999_999;

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
            description = "oEmbed 1.0 (JSON) for a card's URL (/embed/clusters/{slug}, with its theme), an item's API"
                    + " URL (/api/v1/themes/{slug}, /api/v1/places/{slugOrGssCode}, …) or its entry on the landing"
                    + " page (/#cluster-{slug}, /#theme-{slug}, /#place-{slug}): type rich, the iframe that frames the"
                    + " card, 480 pixels wide or maxwidth if smaller, as high as the card needs or maxheight if smaller"
                    + " (the card then scrolls inside its frame). The landing page itself (/) gets type link: a title"
                    + " and the provider, as it has no card. As oEmbed 1.0 asks, maxwidth and maxheight are always"
                    + " respected: the card is laid out for any width from " + EmbedCards.MIN_WIDTH + " pixels and"
                    + " any height from " + MIN_HEIGHT + ", and a smaller maxwidth or maxheight gets 404, oEmbed's"
                    + " answer when the provider has no representation for the request (link to the card instead)."
                    + " Parameters oEmbed does not define (lang, callback, …) are ignored, as oEmbed lets providers"
                    + " do. A URL of another origin, or one that names no published card, is a 404; any format but"
                    + " json is a 501, oEmbed's answer for a format the provider does not serve. Discovery: every"
                    + " card's page and the landing page link here with an absolute <link rel=\"alternate\""
                    + " type=\"application/json+oembed\">.")
    @APIResponse(
            responseCode = "200",
            description = "The oEmbed answer: type rich for a card, type link for the landing page.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(oneOf = {OEmbed.class, OEmbedLink.class})))
    @APIResponse(
            responseCode = "501",
            description = "A format other than json (xml): this provider answers in JSON only, as oEmbed lets a"
                    + " provider decline.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(
                                            name = "XML asked for",
                                            externalValue = "embed/not-implemented.json")))
    public RestResponse<Rendered> getOembed(
            @Context UriInfo uri,
            @Context HttpServerRequest request,
            @RestQuery
                    @Parameter(
                            required = true,
                            description = "Absolute URL of a card, of its item in the API, of its entry on the"
                                    + " landing page, or of the landing page, on this API's origin.",
                            example = "https://api.example.org/embed/clusters/electric-light-vehicles")
                    String url,
            @RestQuery
                    @Parameter(
                            description = "Widest the consumer can show, in CSS pixels. Below "
                                    + EmbedCards.MIN_WIDTH + ", the narrowest the card is laid out for, the answer"
                                    + " is 404.",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "999999999"),
                            example = "400")
                    String maxwidth,
            @RestQuery
                    @Parameter(
                            description = "Highest the consumer can show, in CSS pixels; a card taller than that"
                                    + " scrolls inside its frame. Below " + MIN_HEIGHT + " the answer is 404.",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "999999999"),
                            example = "600")
                    String maxheight,
            @RestQuery
                    @Parameter(
                            description = "json (the default). Any other format (xml) is answered with 501, as"
                                    + " oEmbed allows.",
                            schema = @Schema(type = SchemaType.STRING, defaultValue = "json"),
                            example = "json")
                    String format) {
        // The parameters above describe the operation; they are read here from the URI. Any other parameter is a
        // consumer's own (oEmbed 1.0 lets providers ignore what they do not define), so none is refused.
        Map<String, List<String>> parameters = QueryParameters.of(uri);
        String rawFormat = QueryParameters.first(parameters, FORMAT);
        if (rawFormat != null && !rawFormat.equals("json")) {
            throw new NotImplementedException(
                    "This oEmbed provider answers in JSON only: leave format out or send format=json.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String target = QueryParameters.first(parameters, URL);
        if (target == null) {
            errors.add(Problem.FieldError.query(
                    URL, "Parameter 'url' is required: the URL of a card, or of its item in the API.", List.of()));
        }
        Integer width = size(MAX_WIDTH, QueryParameters.first(parameters, MAX_WIDTH), errors);
        Integer height = size(MAX_HEIGHT, QueryParameters.first(parameters, MAX_HEIGHT), errors);
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        String origin = origins.of(request);
        OEmbedUrls.Target found = urls.resolve(target, origin);
        if (found.landingPage()) {
            return json(
                    new OEmbedLink(
                            OEmbedLink.TYPE,
                            OEmbed.VERSION,
                            OEmbed.PROVIDER_NAME,
                            OEmbed.PROVIDER_NAME,
                            origin + "/",
                            cache.maxAge("landing")),
                    Set.of(),
                    origin);
        }
        Card card = lookup.find(found.collection(), found.key());
        cannotMeet(MAX_WIDTH, width, EmbedCards.MIN_WIDTH, "wide");
        cannotMeet(MAX_HEIGHT, height, MIN_HEIGHT, "high");
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
        return json(answer, card.shows(), origin);
    }

    private RestResponse<Rendered> json(Object answer, Set<String> shows, String origin) {
        try {
            return RestResponse.ok(Rendered.json(mapper.writeValueAsBytes(answer), shows, origin));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an oEmbed answer", e);
        }
    }

    /**
     * oEmbed 1.0: a provider must respect maxwidth and maxheight. Below the card's smallest layout there is no
     * representation to give, and 404 is oEmbed's answer for that (the consumer then links to the card).
     */
    private static void cannotMeet(String name, Integer asked, int minimum, String dimension) {
        if (asked != null && asked < minimum) {
            throw new ResourceNotFoundException("No embed card fits " + name + "=" + asked + ": a card is at least "
                    + minimum + " pixels " + dimension + ". Ask with a larger " + name + ", or link to the card.");
        }
    }

    /** A size in CSS pixels, a whole number from 1; null when absent. */
    private static Integer size(String name, String raw, List<Problem.FieldError> errors) {
        if (raw == null) {
            return null;
        }
        if (!raw.matches("[0-9]{1,9}") || Integer.parseInt(raw) < 1) {
            errors.add(Problem.FieldError.query(
                    name,
                    "'" + raw + "' is not a valid " + name + ": give a whole number of CSS pixels, from 1.",
                    List.of("1 to " + MAX_SIZE)));
            return null;
        }
        return Integer.parseInt(raw);
    }
}
