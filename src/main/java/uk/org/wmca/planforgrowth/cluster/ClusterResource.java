package uk.org.wmca.planforgrowth.cluster;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import uk.org.wmca.planforgrowth.common.Envelope;
import uk.org.wmca.planforgrowth.common.Format;
import uk.org.wmca.planforgrowth.common.OpenApiDefinition;
import uk.org.wmca.planforgrowth.common.ResourceNotFoundException;
import uk.org.wmca.planforgrowth.content.ContentDocument.ClusterRecord;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.editorial.Editing;
import uk.org.wmca.planforgrowth.editorial.EditorialItem;
import uk.org.wmca.planforgrowth.editorial.Previews;
import uk.org.wmca.planforgrowth.editorial.RevisionView;
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
public class ClusterResource {

    private final ClusterService clusters;
    private final ListResponses responses;

    private final Editing editing;
    private final Previews previews;
    private final EmbedCards fragments;

    ClusterResource(
            ClusterService clusters,
            ListResponses responses,
            Editing editing,
            Previews previews,
            EmbedCards fragments) {
        this.fragments = fragments;
        this.editing = editing;
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(
            summary = "Create a cluster",
            description =
                    "Creates a cluster as a draft, unseen by the public until it is published (POST …/publish). The body is the whole cluster in the write format; references name other items by slug or id. Needs an editor token.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClusterRecord.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created as a draft; Location is its public path, ETag its revision.")
    public RestResponse<Envelope<EditorialItem>> createCluster(byte[] body) {
        return editing.create(ItemType.CLUSTER, body);
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(
            summary = "Replace a cluster",
            description =
                    "Replaces the cluster's draft with the whole document in the body; the published cluster stays as it is until the draft is published. Needs If-Match with the current ETag and an editor token. The slug cannot change.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClusterRecord.class)))
    @APIResponse(responseCode = "200", description = "Saved as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> replaceCluster(
            @RestPath @Parameter(description = "Slug of the cluster.", example = "electric-light-vehicles") String slug,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch,
            byte[] body) {
        return editing.replace(ItemType.CLUSTER, slug, body, ifMatch);
    }

    @PATCH
    @Path("/{slug}")
    @Consumes(Editing.MERGE_PATCH)
    @RolesAllowed("editor")
    @Operation(
            summary = "Change part of a cluster",
            description =
                    "Applies a JSON Merge Patch (RFC 7396) to the cluster's draft, or to the published cluster when it has no draft: a member set to null is removed, an absent member is kept. Needs If-Match with the current ETag and an editor token.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = Editing.MERGE_PATCH, schema = @Schema(implementation = Object.class)))
    @APIResponse(responseCode = "200", description = "Saved as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> patchCluster(
            @RestPath @Parameter(description = "Slug of the cluster.", example = "electric-light-vehicles") String slug,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch,
            byte[] body) {
        return editing.patch(ItemType.CLUSTER, slug, body, ifMatch);
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed("editor")
    @Operation(
            summary = "Delete a cluster",
            description =
                    "Removes the cluster, published or draft. Its revisions stay and it can be restored from them. Refused with 409 while published items refer to it. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> deleteCluster(
            @RestPath @Parameter(description = "Slug of the cluster.", example = "electric-light-vehicles") String slug,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.delete(ItemType.CLUSTER, slug, ifMatch);
    }

    @POST
    @Path("/{slug}/publish")
    @RolesAllowed("editor")
    @Operation(
            summary = "Publish a cluster",
            description =
                    "Publishes the cluster's draft: the public API shows it at once on every instance. Every item it refers to must be published. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "200", description = "Published; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> publishCluster(
            @RestPath @Parameter(description = "Slug of the cluster.", example = "electric-light-vehicles") String slug,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.publish(ItemType.CLUSTER, slug, ifMatch);
    }

    @POST
    @Path("/{slug}/unpublish")
    @RolesAllowed("editor")
    @Operation(
            summary = "Unpublish a cluster",
            description =
                    "Takes the cluster off the public API and keeps it as a draft. Refused with 409 while published items refer to it. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "200", description = "Unpublished; now a draft. ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> unpublishCluster(
            @RestPath @Parameter(description = "Slug of the cluster.", example = "electric-light-vehicles") String slug,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.unpublish(ItemType.CLUSTER, slug, ifMatch);
    }

    @GET
    @Path("/{slug}/revisions")
    @RolesAllowed("editor")
    @Operation(
            summary = "List the cluster's revisions",
            description =
                    "Every change to the cluster, newest first: who (the token's name), when, what it did and which members it changed. Kept after deletion. The ETag header is the cluster's current revision, for If-Match. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The revisions, newest first.")
    public RestResponse<Envelope<List<RevisionView>>> listClusterRevisions(
            @RestPath @Parameter(description = "Slug of the cluster.", example = "electric-light-vehicles")
                    String slug) {
        return editing.revisions(ItemType.CLUSTER, slug);
    }

    @GET
    @Path("/{slug}/revisions/{number}")
    @RolesAllowed("editor")
    @Operation(
            summary = "Get one revision of the cluster",
            description = "One revision with the cluster's whole document after that change. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The revision.")
    public RestResponse<Envelope<RevisionView>> getClusterRevision(
            @RestPath @Parameter(description = "Slug of the cluster.", example = "electric-light-vehicles") String slug,
            @RestPath @Parameter(description = "Revision number, from 1.", example = "1") String number) {
        return editing.revision(ItemType.CLUSTER, slug, Editing.revisionNumber(number));
    }

    @POST
    @Path("/{slug}/revisions/{number}/restore")
    @RolesAllowed("editor")
    @Operation(
            summary = "Restore a revision of the cluster",
            description =
                    "Makes that revision's document the cluster's draft again (itself a new revision); publish it to show it. Works for a deleted cluster too. Needs If-Match with the current ETag (from the revisions list) and an editor token.")
    @APIResponse(responseCode = "200", description = "Restored as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> restoreClusterRevision(
            @RestPath @Parameter(description = "Slug of the cluster.", example = "electric-light-vehicles") String slug,
            @RestPath @Parameter(description = "Revision number, from 1.", example = "1") String number,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.restore(ItemType.CLUSTER, slug, Editing.revisionNumber(number), ifMatch);
    }

    @GET
    @Path("/{slug}/draft")
    @RolesAllowed("editor")
    @Operation(
            summary = "Get the cluster's working copy",
            description =
                    "The document editors work on, in the format PUT and PATCH take: the draft when there is one, else the published cluster. Says whether it is published and has unpublished changes; the ETag header is what writes send in If-Match. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The working copy.")
    public RestResponse<Envelope<EditorialItem>> getClusterDraft(
            @RestPath @Parameter(description = "Slug of the cluster.", example = "electric-light-vehicles")
                    String slug) {
        return editing.get(ItemType.CLUSTER, slug);
    }
}
