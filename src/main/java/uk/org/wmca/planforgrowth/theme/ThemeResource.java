package uk.org.wmca.planforgrowth.theme;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import uk.org.wmca.planforgrowth.common.Envelope;
import uk.org.wmca.planforgrowth.common.Format;
import uk.org.wmca.planforgrowth.common.OpenApiDefinition;
import uk.org.wmca.planforgrowth.common.ResourceNotFoundException;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.editorial.EditableResource;
import uk.org.wmca.planforgrowth.editorial.Editing;
import uk.org.wmca.planforgrowth.editorial.Previews;
import uk.org.wmca.planforgrowth.embed.Cards;
import uk.org.wmca.planforgrowth.embed.EmbedCards;
import uk.org.wmca.planforgrowth.query.ListQuery;
import uk.org.wmca.planforgrowth.query.ListResponses;

/** Serves the themes. */
@Path("/api/v1/themes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Themes")
@SecurityRequirements
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class ThemeResource extends EditableResource {

    private final ThemeService themes;
    private final ListResponses responses;

    private final Previews previews;
    private final EmbedCards fragments;

    ThemeResource(
            ThemeService themes, ListResponses responses, Editing editing, Previews previews, EmbedCards fragments) {
        super(ItemType.THEME, editing);
        this.fragments = fragments;
        this.previews = previews;
        this.themes = themes;
        this.responses = responses;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
    @Operation(
            summary = "List themes",
            description =
                    "The seven delivery themes in the order of WMCA's pages, each with its newer and older label. Follow links.self for the whole theme.")
    @APIResponse(responseCode = "200", description = "A page of themes.")
    public RestResponse<Envelope<List<ThemeSummary>>> listThemes(@Context UriInfo uri, @Context HttpHeaders headers) {
        ListQuery query = ListQuery.parseList(uri, ThemeService.LIST);
        return previews.read(query.preview(), () -> {
            Format format = responses.format(query, headers);
            return responses.list(
                    ThemeService.LIST, query, themes.list(query, format == Format.CSV), format, uri.getPath());
        });
    }

    @GET
    @Path("/{slug}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(
            summary = "Get a theme",
            description = "One delivery theme with the interventions it draws on, its figures and its sources.")
    @APIResponse(responseCode = "200", description = "The theme.")
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public RestResponse<Envelope<ThemeView>> getTheme(
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @Context HttpServerRequest request,
            @RestPath @Parameter(description = "Slug of the theme.", example = "skills-for-the-future") String slug) {
        ListQuery query = ListQuery.parseItem(uri, ThemeService.LIST);
        return previews.read(query.preview(), () -> {
            Format format = responses.itemFormat(ThemeService.LIST, query, headers);
            ThemeView theme = themes.find(slug).orElseThrow(() -> new ResourceNotFoundException("theme", "slug", slug));
            return format == Format.HTML
                    ? fragments.response(Cards.of(theme), request)
                    : responses.item(theme, query, uri.getPath());
        });
    }
}
