package uk.org.wmca.planforgrowth.fact;

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

/** Serves the facts. */
@Path("/api/v1/facts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facts")
@SecurityRequirements
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class FactResource {

    private static final Set<String> LIST_PARAMETERS = Set.of(PagingParameters.PAGE, PagingParameters.SIZE);

    private final FactService facts;
    private final Envelopes envelopes;

    FactResource(FactService facts, Envelopes envelopes) {
        this.facts = facts;
        this.envelopes = envelopes;
    }

    @GET
    @Operation(
            summary = "List facts",
            description =
                    "Every figure the API publishes, by id, each with its status and source. Unconfirmed figures are listed with null values so that their absence is visible.")
    @APIResponse(responseCode = "200", description = "A page of facts.")
    public RestResponse<Envelope<List<FactView>>> listFacts(@Context UriInfo uri, @BeanParam PagingParameters paging) {
        QueryParameters.allowOnly(uri, LIST_PARAMETERS);
        return envelopes.page(facts.list(paging.toRequest()), uri.getPath(), Map.of());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a fact", description = "One figure with its unit, horizon, geography, status and source.")
    @APIResponse(responseCode = "200", description = "The fact.")
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public RestResponse<Envelope<FactView>> getFact(
            @Context UriInfo uri,
            @RestPath @Parameter(description = "Id of the fact.", example = "primary-clusters-gva-uplift") String id) {
        QueryParameters.allowOnly(uri, Set.of());
        FactView fact = facts.find(id).orElseThrow(() -> new ResourceNotFoundException("fact", "id", id));
        return envelopes.item(fact, uri.getPath());
    }
}
