package uk.org.wmca.planforgrowth.source;

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

/** Serves the sources. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
@SecurityRequirements
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class SourceResource extends EditableResource {

    private final SourceService sources;
    private final ListResponses responses;

    private final Previews previews;

    SourceResource(SourceService sources, ListResponses responses, Editing editing, Previews previews) {
        super(ItemType.SOURCE, editing);
        this.previews = previews;
        this.sources = sources;
        this.responses = responses;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
    @Operation(summary = "List sources", description = "The publications the content cites, by id.")
    @APIResponse(responseCode = "200", description = "A page of sources.")
    public RestResponse<Envelope<List<SourceView>>> listSources(@Context UriInfo uri, @Context HttpHeaders headers) {
        ListQuery query = ListQuery.parseList(uri, SourceService.LIST);
        return previews.read(query.preview(), () -> {
            Format format = responses.format(query, headers);
            return responses.list(
                    SourceService.LIST, query, sources.list(query, format == Format.CSV), format, uri.getPath());
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a source", description = "One cited publication.")
    @APIResponse(responseCode = "200", description = "The source.")
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public RestResponse<Envelope<SourceView>> getSource(
            @Context UriInfo uri,
            @RestPath @Parameter(description = "Id of the source.", example = "wmca-primary-clusters") String id) {
        ListQuery query = ListQuery.parseItem(uri, SourceService.LIST);
        return previews.read(query.preview(), () -> {
            SourceView source = sources.find(id).orElseThrow(() -> new ResourceNotFoundException("source", "id", id));
            return responses.item(source, query, uri.getPath());
        });
    }
}
