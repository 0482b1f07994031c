package uk.org.wmca.planforgrowth.cluster;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import uk.org.wmca.planforgrowth.common.Envelope;
import uk.org.wmca.planforgrowth.common.Envelopes;
import uk.org.wmca.planforgrowth.common.OpenApiDefinition;
import uk.org.wmca.planforgrowth.common.PagingParameters;
import uk.org.wmca.planforgrowth.common.QueryParameters;
import uk.org.wmca.planforgrowth.common.ResourceNotFoundException;

/** Serves the clusters. */
@Path("/api/v1/clusters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clusters")
@SecurityRequirements
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class ClusterResource {

    private static final Set<String> LIST_PARAMETERS = Set.of("kind", PagingParameters.PAGE, PagingParameters.SIZE);

    private final ClusterService clusters;
    private final Envelopes envelopes;

    ClusterResource(ClusterService clusters, Envelopes envelopes) {
        this.clusters = clusters;
        this.envelopes = envelopes;
    }

    @GET
    @Operation(
            summary = "List clusters",
            description =
                    "The plan's clusters in display order: the nine primary clusters as named on WMCA's newer page, then the nascent clusters. Filter with kind. Items are summaries; follow links.self for the whole cluster.")
    @APIResponse(responseCode = "200", description = "A page of clusters.")
    public RestResponse<Envelope<List<ClusterSummary>>> listClusters(
            @Context UriInfo uri,
            @BeanParam PagingParameters paging,
            @RestQuery
                    @Parameter(
                            description = "Only clusters of this kind.",
                            example = "primary",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"primary", "nascent"}))
                    String kind) {
        QueryParameters.allowOnly(uri, LIST_PARAMETERS);
        Optional<ClusterKind> kindFilter = Optional.ofNullable(
                        QueryParameters.oneOf("kind", kind, ClusterKind.wireNames()))
                .map(ClusterKind::fromWireName);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("kind", kind);
        return envelopes.page(clusters.list(kindFilter, paging.toRequest()), uri.getPath(), filters);
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
        QueryParameters.allowOnly(uri, Set.of());
        ClusterView cluster =
                clusters.find(slug).orElseThrow(() -> new ResourceNotFoundException("cluster", "slug", slug));
        return envelopes.item(cluster, uri.getPath());
    }
}
