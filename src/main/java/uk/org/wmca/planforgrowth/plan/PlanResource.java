package uk.org.wmca.planforgrowth.plan;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import uk.org.wmca.planforgrowth.common.Envelope;
import uk.org.wmca.planforgrowth.common.Envelopes;
import uk.org.wmca.planforgrowth.common.OpenApiDefinition;
import uk.org.wmca.planforgrowth.common.QueryParameters;
import uk.org.wmca.planforgrowth.common.ResourceNotFoundException;

/** Serves the plan's summary. */
@Path(PlanView.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan")
@SecurityRequirements
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class PlanResource {

    private final PlanService plans;
    private final Envelopes envelopes;

    PlanResource(PlanService plans, Envelopes envelopes) {
        this.plans = plans;
        this.envelopes = envelopes;
    }

    @GET
    @Operation(
            summary = "Get the plan",
            description =
                    "The Plan for Growth: summary, aim, approach, principles, headline figures with their sources, and links to its themes, clusters and interventions.")
    @APIResponse(responseCode = "200", description = "The plan.")
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public RestResponse<Envelope<PlanView>> getPlan(@Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        PlanView plan = plans.find().orElseThrow(() -> new ResourceNotFoundException("The plan is not published."));
        return envelopes.item(plan, uri.getPath());
    }
}
