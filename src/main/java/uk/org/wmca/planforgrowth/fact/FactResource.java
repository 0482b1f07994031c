package uk.org.wmca.planforgrowth.fact;

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

/** Serves the facts. */
@Path("/api/v1/facts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facts")
@SecurityRequirements
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class FactResource extends EditableResource {

    private final FactService facts;
    private final ListResponses responses;

    private final Previews previews;

    FactResource(FactService facts, ListResponses responses, Editing editing, Previews previews) {
        super(ItemType.FACT, editing);
        this.previews = previews;
        this.facts = facts;
        this.responses = responses;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
    @Operation(
            summary = "List facts",
            description =
                    "Every figure the API publishes, by id, each with its status and source. Unconfirmed figures are listed with null values so that their absence is visible.")
    @APIResponse(responseCode = "200", description = "A page of facts.")
    public RestResponse<Envelope<List<FactView>>> listFacts(@Context UriInfo uri, @Context HttpHeaders headers) {
        ListQuery query = ListQuery.parseList(uri, FactService.LIST);
        return previews.read(query.preview(), () -> {
            Format format = responses.format(query, headers);
            return responses.list(
                    FactService.LIST, query, facts.list(query, format == Format.CSV), format, uri.getPath());
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a fact", description = "One figure with its unit, horizon, geography, status and source.")
    @APIResponse(responseCode = "200", description = "The fact.")
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public RestResponse<Envelope<FactView>> getFact(
            @Context UriInfo uri,
            @RestPath @Parameter(description = "Id of the fact.", example = "primary-clusters-gva-uplift") String id) {
        ListQuery query = ListQuery.parseItem(uri, FactService.LIST);
        return previews.read(query.preview(), () -> {
            FactView fact = facts.find(id).orElseThrow(() -> new ResourceNotFoundException("fact", "id", id));
            return responses.item(fact, query, uri.getPath());
        });
    }
}
