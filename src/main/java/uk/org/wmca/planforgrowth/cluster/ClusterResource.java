package uk.org.wmca.planforgrowth.cluster;

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

/** Serves the clusters. */
@Path("/api/v1/clusters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clusters")
@SecurityRequirements
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class ClusterResource {

    private final ClusterService clusters;
    private final ListResponses responses;

    ClusterResource(ClusterService clusters, ListResponses responses) {
        this.clusters = clusters;
        this.responses = responses;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
    @Operation(
            summary = "List clusters",
            description =
                    "The plan's clusters in display order: the nine primary clusters as named on WMCA's newer page, then the nascent clusters. Filter with kind. Items are summaries; follow links.self for the whole cluster.")
    @APIResponse(responseCode = "200", description = "A page of clusters.")
    public RestResponse<Envelope<List<ClusterSummary>>> listClusters(
            @Context UriInfo uri, @Context HttpHeaders headers) {
        ListQuery query = ListQuery.parseList(uri, ClusterService.LIST);
        Format format = responses.format(query, headers);
        return responses.list(
                ClusterService.LIST, query, clusters.list(query, format == Format.CSV), format, uri.getPath());
    }

    @GET
    @Path("/{slug}")
    @Operation(
            summary = "Get a cluster",
            description =
                    "One cluster with everything needed to render its page: growth figures, places, assets, leadership bodies, priorities, facts and sources.")
    @APIResponse(responseCode = "200", description = "The cluster.")
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public RestResponse<Envelope<ClusterView>> getCluster(
            @Context UriInfo uri,
            @RestPath @Parameter(description = "Slug of the cluster.", example = "electric-light-vehicles")
                    String slug) {
        ListQuery query = ListQuery.parseItem(uri, ClusterService.LIST);
        ClusterView cluster = clusters.find(slug, query.include())
                .orElseThrow(() -> new ResourceNotFoundException("cluster", "slug", slug));
        return responses.item(cluster, query, uri.getPath());
    }
}
