package uk.org.wmca.planforgrowth.intervention;

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
import uk.org.wmca.planforgrowth.query.ListQuery;
import uk.org.wmca.planforgrowth.query.ListResponses;

/** Serves the interventions. */
@Path("/api/v1/interventions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interventions")
@SecurityRequirements
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class InterventionResource extends EditableResource {

    private final InterventionService interventions;
    private final ListResponses responses;

    private final Previews previews;

    InterventionResource(
            InterventionService interventions, ListResponses responses, Editing editing, Previews previews) {
        super(ItemType.INTERVENTION, editing);
        this.previews = previews;
        this.interventions = interventions;
        this.responses = responses;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
    @Operation(
            summary = "List interventions",
            description =
                    "The cross-cutting interventions whose content is confirmed, in the plan's order. The plan has one more that could not be confirmed and is not published.")
    @APIResponse(responseCode = "200", description = "A page of interventions.")
    public RestResponse<Envelope<List<InterventionSummary>>> listInterventions(
            @Context UriInfo uri, @Context HttpHeaders headers) {
        ListQuery query = ListQuery.parseList(uri, InterventionService.LIST);
        return previews.read(query.preview(), () -> {
            Format format = responses.format(query, headers);
            return responses.list(
                    InterventionService.LIST,
                    query,
                    interventions.list(query, format == Format.CSV),
                    format,
                    uri.getPath());
        });
    }

    @GET
    @Path("/{slug}")
    @Operation(
            summary = "Get an intervention",
            description = "One intervention with the themes that draw on it, its figures and its sources.")
    @APIResponse(responseCode = "200", description = "The intervention.")
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public RestResponse<Envelope<InterventionView>> getIntervention(
            @Context UriInfo uri,
            @RestPath @Parameter(description = "Slug of the intervention.", example = "early-growth-fund")
                    String slug) {
        ListQuery query = ListQuery.parseItem(uri, InterventionService.LIST);
        return previews.read(query.preview(), () -> {
            InterventionView intervention = interventions
                    .find(slug)
                    .orElseThrow(() -> new ResourceNotFoundException("intervention", "slug", slug));
            return responses.item(intervention, query, uri.getPath());
        });
    }
}
