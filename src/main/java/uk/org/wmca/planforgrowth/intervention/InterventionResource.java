package uk.org.wmca.planforgrowth.intervention;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import uk.org.wmca.planforgrowth.common.Envelope;
import uk.org.wmca.planforgrowth.common.Envelopes;
import uk.org.wmca.planforgrowth.common.OpenApiDefinition;
import uk.org.wmca.planforgrowth.common.PagingParameters;
import uk.org.wmca.planforgrowth.common.QueryParameters;
import uk.org.wmca.planforgrowth.common.ResourceNotFoundException;

/** Serves the interventions. */
@Path("/api/v1/interventions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interventions")
@SecurityRequirements
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class InterventionResource {

    private static final Set<String> LIST_PARAMETERS = Set.of(PagingParameters.PAGE, PagingParameters.SIZE);

    private final InterventionService interventions;
    private final Envelopes envelopes;

    InterventionResource(InterventionService interventions, Envelopes envelopes) {
        this.interventions = interventions;
        this.envelopes = envelopes;
    }

    @GET
    @Operation(
            summary = "List interventions",
            description =
                    "The cross-cutting interventions whose content is confirmed, in the plan's order. The plan has one more that could not be confirmed and is not published.")
    @APIResponse(responseCode = "200", description = "A page of interventions.")
    public RestResponse<Envelope<List<InterventionSummary>>> listInterventions(
            @Context UriInfo uri, @BeanParam PagingParameters paging) {
        QueryParameters.allowOnly(uri, LIST_PARAMETERS);
        return envelopes.page(interventions.list(paging.toRequest()), uri.getPath(), Map.of());
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
        QueryParameters.allowOnly(uri, Set.of());
        InterventionView intervention =
                interventions.find(slug).orElseThrow(() -> new ResourceNotFoundException("intervention", "slug", slug));
        return envelopes.item(intervention, uri.getPath());
    }
}
