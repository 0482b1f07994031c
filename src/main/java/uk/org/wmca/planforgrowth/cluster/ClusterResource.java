package uk.org.wmca.planforgrowth.cluster;

import io.vertx.core.http.HttpServerRequest;
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
import uk.org.wmca.planforgrowth.embed.Cards;
import uk.org.wmca.planforgrowth.embed.EmbedCards;
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
public class ClusterResource extends EditableResource {

    private final ClusterService clusters;
    private final ListResponses responses;

    private final Previews previews;
    private final EmbedCards fragments;

    ClusterResource(
            ClusterService clusters,
            ListResponses responses,
            Editing editing,
            Previews previews,
            EmbedCards fragments) {
        super(ItemType.CLUSTER, editing);
        this.fragments = fragments;
        this.previews = previews;
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
        return previews.read(query.preview(), () -> {
            Format format = responses.format(query, headers);
            return responses.list(
                    ClusterService.LIST, query, clusters.list(query, format == Format.CSV), format, uri.getPath());
        });
    }

    @GET
    @Path("/{slug}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(
            summary = "Get a cluster",
            description =
                    "One cluster with everything needed to render its page: growth figures, places, assets, leadership bodies, priorities, facts and sources.")
    @APIResponse(responseCode = "200", description = "The cluster.")
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public RestResponse<Envelope<ClusterView>> getCluster(
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @Context HttpServerRequest request,
            @RestPath @Parameter(description = "Slug of the cluster.", example = "electric-light-vehicles")
                    String slug) {
        ListQuery query = ListQuery.parseItem(uri, ClusterService.LIST);
        return previews.read(query.preview(), () -> {
            Format format = responses.itemFormat(ClusterService.LIST, query, headers);
            ClusterView cluster = clusters.find(slug, query.include())
                    .orElseThrow(() -> new ResourceNotFoundException("cluster", "slug", slug));
            return format == Format.HTML
                    ? fragments.response(Cards.of(cluster), request)
                    : responses.item(cluster, query, uri.getPath());
        });
    }
}
