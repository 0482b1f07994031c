package uk.org.wmca.planforgrowth.theme;

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
public class ThemeResource {

    private final ThemeService themes;
    private final ListResponses responses;

    ThemeResource(ThemeService themes, ListResponses responses) {
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
        Format format = responses.format(query, headers);
        return responses.list(
                ThemeService.LIST, query, themes.list(query, format == Format.CSV), format, uri.getPath());
    }

    @GET
    @Path("/{slug}")
    @Operation(
            summary = "Get a theme",
            description = "One delivery theme with the interventions it draws on, its figures and its sources.")
    @APIResponse(responseCode = "200", description = "The theme.")
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public RestResponse<Envelope<ThemeView>> getTheme(
            @Context UriInfo uri,
            @RestPath @Parameter(description = "Slug of the theme.", example = "skills-for-the-future") String slug) {
        ListQuery query = ListQuery.parseItem(uri, ThemeService.LIST);
        ThemeView theme = themes.find(slug).orElseThrow(() -> new ResourceNotFoundException("theme", "slug", slug));
        return responses.item(theme, query, uri.getPath());
    }
}
