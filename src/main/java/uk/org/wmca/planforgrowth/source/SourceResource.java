package uk.org.wmca.planforgrowth.source;

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
import uk.org.wmca.planforgrowth.content.ContentDocument.SourceRecord;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.editorial.Editing;
import uk.org.wmca.planforgrowth.editorial.EditorialItem;
import uk.org.wmca.planforgrowth.editorial.Previews;
import uk.org.wmca.planforgrowth.editorial.RevisionView;
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
public class SourceResource {

    private final SourceService sources;
    private final ListResponses responses;

    private final Editing editing;
    private final Previews previews;

    SourceResource(SourceService sources, ListResponses responses, Editing editing, Previews previews) {
        this.editing = editing;
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(
            summary = "Create a source",
            description =
                    "Creates a source as a draft, unseen by the public until it is published (POST …/publish). The body is the whole source in the write format; references name other items by slug or id. Needs an editor token.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SourceRecord.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created as a draft; Location is its public path, ETag its revision.")
    public RestResponse<Envelope<EditorialItem>> createSource(byte[] body) {
        return editing.create(ItemType.SOURCE, body);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(
            summary = "Replace a source",
            description =
                    "Replaces the source's draft with the whole document in the body; the published source stays as it is until the draft is published. Needs If-Match with the current ETag and an editor token. The id cannot change.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SourceRecord.class)))
    @APIResponse(responseCode = "200", description = "Saved as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> replaceSource(
            @RestPath @Parameter(description = "Id of the source.", example = "wmca-primary-clusters") String id,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch,
            byte[] body) {
        return editing.replace(ItemType.SOURCE, id, body, ifMatch);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(Editing.MERGE_PATCH)
    @RolesAllowed("editor")
    @Operation(
            summary = "Change part of a source",
            description =
                    "Applies a JSON Merge Patch (RFC 7396) to the source's draft, or to the published source when it has no draft: a member set to null is removed, an absent member is kept. Needs If-Match with the current ETag and an editor token.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = Editing.MERGE_PATCH, schema = @Schema(implementation = Object.class)))
    @APIResponse(responseCode = "200", description = "Saved as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> patchSource(
            @RestPath @Parameter(description = "Id of the source.", example = "wmca-primary-clusters") String id,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch,
            byte[] body) {
        return editing.patch(ItemType.SOURCE, id, body, ifMatch);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("editor")
    @Operation(
            summary = "Delete a source",
            description =
                    "Removes the source, published or draft. Its revisions stay and it can be restored from them. Refused with 409 while published items refer to it. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> deleteSource(
            @RestPath @Parameter(description = "Id of the source.", example = "wmca-primary-clusters") String id,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.delete(ItemType.SOURCE, id, ifMatch);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed("editor")
    @Operation(
            summary = "Publish a source",
            description =
                    "Publishes the source's draft: the public API shows it at once on every instance. Every item it refers to must be published. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "200", description = "Published; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> publishSource(
            @RestPath @Parameter(description = "Id of the source.", example = "wmca-primary-clusters") String id,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.publish(ItemType.SOURCE, id, ifMatch);
    }

    @POST
    @Path("/{id}/unpublish")
    @RolesAllowed("editor")
    @Operation(
            summary = "Unpublish a source",
            description =
                    "Takes the source off the public API and keeps it as a draft. Refused with 409 while published items refer to it. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "200", description = "Unpublished; now a draft. ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> unpublishSource(
            @RestPath @Parameter(description = "Id of the source.", example = "wmca-primary-clusters") String id,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.unpublish(ItemType.SOURCE, id, ifMatch);
    }

    @GET
    @Path("/{id}/revisions")
    @RolesAllowed("editor")
    @Operation(
            summary = "List the source's revisions",
            description =
                    "Every change to the source, newest first: who (the token's name), when, what it did and which members it changed. Kept after deletion. The ETag header is the source's current revision, for If-Match. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The revisions, newest first.")
    public RestResponse<Envelope<List<RevisionView>>> listSourceRevisions(
            @RestPath @Parameter(description = "Id of the source.", example = "wmca-primary-clusters") String id) {
        return editing.revisions(ItemType.SOURCE, id);
    }

    @GET
    @Path("/{id}/revisions/{number}")
    @RolesAllowed("editor")
    @Operation(
            summary = "Get one revision of the source",
            description = "One revision with the source's whole document after that change. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The revision.")
    public RestResponse<Envelope<RevisionView>> getSourceRevision(
            @RestPath @Parameter(description = "Id of the source.", example = "wmca-primary-clusters") String id,
            @RestPath @Parameter(description = "Revision number, from 1.", example = "1") String number) {
        return editing.revision(ItemType.SOURCE, id, Editing.revisionNumber(number));
    }

    @POST
    @Path("/{id}/revisions/{number}/restore")
    @RolesAllowed("editor")
    @Operation(
            summary = "Restore a revision of the source",
            description =
                    "Makes that revision's document the source's draft again (itself a new revision); publish it to show it. Works for a deleted source too. Needs If-Match with the current ETag (from the revisions list) and an editor token.")
    @APIResponse(responseCode = "200", description = "Restored as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> restoreSourceRevision(
            @RestPath @Parameter(description = "Id of the source.", example = "wmca-primary-clusters") String id,
            @RestPath @Parameter(description = "Revision number, from 1.", example = "1") String number,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.restore(ItemType.SOURCE, id, Editing.revisionNumber(number), ifMatch);
    }

    @GET
    @Path("/{id}/draft")
    @RolesAllowed("editor")
    @Operation(
            summary = "Get the source's working copy",
            description =
                    "The document editors work on, in the format PUT and PATCH take: the draft when there is one, else the published source. Says whether it is published and has unpublished changes; the ETag header is what writes send in If-Match. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The working copy.")
    public RestResponse<Envelope<EditorialItem>> getSourceDraft(
            @RestPath @Parameter(description = "Id of the source.", example = "wmca-primary-clusters") String id) {
        return editing.get(ItemType.SOURCE, id);
    }
}
