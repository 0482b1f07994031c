package uk.org.wmca.planforgrowth.embed;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import uk.org.wmca.planforgrowth.cluster.ClusterService;
import uk.org.wmca.planforgrowth.common.OpenApiDefinition;
import uk.org.wmca.planforgrowth.common.PublicOrigin;
import uk.org.wmca.planforgrowth.common.QueryParameters;
import uk.org.wmca.planforgrowth.common.Rendered;
import uk.org.wmca.planforgrowth.common.ResourceNotFoundException;
import uk.org.wmca.planforgrowth.place.PlaceService;
import uk.org.wmca.planforgrowth.theme.ThemeService;

/**
 * Serves the embed cards as whole HTML pages, for partner sites to frame: {@code /embed/clusters/{slug}},
 * {@code /embed/themes/{slug}} and {@code /embed/places/{slugOrGssCode}}, from published content only.
 */
@Path("/embed")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Embeds")
@SecurityRequirements
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class EmbedResource {

    static final String THEME = "theme";
    static final String THEME_DESCRIPTION =
            "Colours of the card: light (the default) or dark. Both meet WCAG 2.2 AA contrast; a page that includes"
                    + " the fragment can set its own through the --pfg-* custom properties.";
    static final String DESCRIPTION = " A whole HTML page (en-GB, no scripts, no cookies, nothing loaded from"
            + " elsewhere) that any site may frame, with oEmbed discovery and OpenGraph and Twitter meta. Frame it"
            + " with the iframe snippet that /oembed answers, at least " + EmbedCards.MIN_WIDTH + " pixels wide.";

    private final ClusterService clusters;
    private final ThemeService themes;
    private final PlaceService places;
    private final EmbedCards cards;
    private final PublicOrigin origins;

    EmbedResource(
            ClusterService clusters, ThemeService themes, PlaceService places, EmbedCards cards, PublicOrigin origins) {
        this.clusters = clusters;
        this.themes = themes;
        this.places = places;
        this.cards = cards;
        this.origins = origins;
    }

    @GET
    @Path("/clusters/{slug}")
    @Operation(
            summary = "Embed card of a cluster",
            description = "The cluster's name, summary, growth figures with their sources, and places." + DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "The card's page.",
            content =
                    @Content(
                            mediaType = MediaType.TEXT_HTML,
                            schema = @Schema(type = SchemaType.STRING),
                            examples =
                                    @ExampleObject(name = "cluster card", externalValue = "embed/cluster-card.html")))
    public RestResponse<Rendered> getClusterCard(
            @Context UriInfo uri,
            @Context HttpServerRequest request,
            @RestPath @Parameter(description = "Slug of the cluster.", example = "electric-light-vehicles") String slug,
            @RestQuery
                    @Parameter(
                            description = THEME_DESCRIPTION,
                            schema =
                                    @Schema(
                                            enumeration = {"light", "dark"},
                                            defaultValue = "light"),
                            example = "dark")
                    String theme) {
        String colours = theme(uri);
        Card card = clusters.find(slug, Set.of())
                .map(Cards::of)
                .orElseThrow(() -> new ResourceNotFoundException("cluster", "slug", slug));
        return RestResponse.ok(cards.document(card, colours, origins.of(request)));
    }

    @GET
    @Path("/themes/{slug}")
    @Operation(
            summary = "Embed card of a theme",
            description =
                    "The delivery theme's name, summary, figures with their sources, and the clusters it bears on."
                            + DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "The card's page.",
            content =
                    @Content(
                            mediaType = MediaType.TEXT_HTML,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "theme card", externalValue = "embed/theme-card.html")))
    public RestResponse<Rendered> getThemeCard(
            @Context UriInfo uri,
            @Context HttpServerRequest request,
            @RestPath @Parameter(description = "Slug of the theme.", example = "commitment-to-net-zero") String slug,
            @RestQuery
                    @Parameter(
                            description = THEME_DESCRIPTION,
                            schema =
                                    @Schema(
                                            enumeration = {"light", "dark"},
                                            defaultValue = "light"),
                            example = "dark")
                    String theme) {
        String colours = theme(uri);
        Card card = themes.find(slug)
                .map(Cards::of)
                .orElseThrow(() -> new ResourceNotFoundException("theme", "slug", slug));
        return RestResponse.ok(cards.document(card, colours, origins.of(request)));
    }

    @GET
    @Path("/places/{slugOrGssCode}")
    @Operation(
            summary = "Embed card of a place",
            description = "The place's name, kind and ONS GSS code with its source, and the clusters whose profile"
                    + " names it. By slug or GSS code." + DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "The card's page.",
            content =
                    @Content(
                            mediaType = MediaType.TEXT_HTML,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "place card", externalValue = "embed/place-card.html")))
    public RestResponse<Rendered> getPlaceCard(
            @Context UriInfo uri,
            @Context HttpServerRequest request,
            @RestPath
                    @Parameter(
                            description = "Slug of the place, or its ONS GSS code (any letter case).",
                            example = "E08000025")
                    String slugOrGssCode,
            @RestQuery
                    @Parameter(
                            description = THEME_DESCRIPTION,
                            schema =
                                    @Schema(
                                            enumeration = {"light", "dark"},
                                            defaultValue = "light"),
                            example = "dark")
                    String theme) {
        String colours = theme(uri);
        Card card = places.find(slugOrGssCode)
                .map(Cards::of)
                .orElseThrow(() -> new ResourceNotFoundException("place", "slug or GSS code", slugOrGssCode));
        return RestResponse.ok(cards.document(card, colours, origins.of(request)));
    }

    /**
     * The theme asked for, or the default; any other parameter, or another value, is refused. Read from the URI,
     * strictly: the {@code theme} parameters of the methods are there to describe them in the API description.
     */
    static String theme(UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of(THEME));
        String theme =
                QueryParameters.oneOf(THEME, QueryParameters.first(QueryParameters.of(uri), THEME), EmbedCards.THEMES);
        return theme == null ? EmbedCards.THEMES.get(0) : theme;
    }
}
