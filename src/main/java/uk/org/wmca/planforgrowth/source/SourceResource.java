package uk.org.wmca.planforgrowth.source;

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

/** Serves the sources. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
@SecurityRequirements
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class SourceResource {

    private static final Set<String> LIST_PARAMETERS = Set.of(PagingParameters.PAGE, PagingParameters.SIZE);

    private final SourceService sources;
    private final Envelopes envelopes;

    SourceResource(SourceService sources, Envelopes envelopes) {
        this.sources = sources;
        this.envelopes = envelopes;
    }

    @GET
    @Operation(summary = "List sources", description = "The publications the content cites, by id.")
    @APIResponse(responseCode = "200", description = "A page of sources.")
    public RestResponse<Envelope<List<SourceView>>> listSources(
            @Context UriInfo uri, @BeanParam PagingParameters paging) {
        QueryParameters.allowOnly(uri, LIST_PARAMETERS);
        return envelopes.page(sources.list(paging.toRequest()), uri.getPath(), Map.of());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a source", description = "One cited publication.")
    @APIResponse(responseCode = "200", description = "The source.")
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public RestResponse<Envelope<SourceView>> getSource(
            @Context UriInfo uri,
            @RestPath @Parameter(description = "Id of the source.", example = "wmca-primary-clusters") String id) {
        QueryParameters.allowOnly(uri, Set.of());
        SourceView source = sources.find(id).orElseThrow(() -> new ResourceNotFoundException("source", "id", id));
        return envelopes.item(source, uri.getPath());
    }
}
