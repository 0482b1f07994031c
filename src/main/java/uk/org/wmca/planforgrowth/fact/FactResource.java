package uk.org.wmca.planforgrowth.fact;

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
import uk.org.wmca.planforgrowth.content.ContentDocument.FactRecord;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.editorial.Editing;
import uk.org.wmca.planforgrowth.editorial.EditorialItem;
import uk.org.wmca.planforgrowth.editorial.Previews;
import uk.org.wmca.planforgrowth.editorial.RevisionView;
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
public class FactResource {

    private final FactService facts;
    private final ListResponses responses;

    private final Editing editing;
    private final Previews previews;

    FactResource(FactService facts, ListResponses responses, Editing editing, Previews previews) {
        this.editing = editing;
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(
            summary = "Create a fact",
            description =
                    "Creates a fact as a draft, unseen by the public until it is published (POST …/publish). The body is the whole fact in the write format; references name other items by slug or id. Needs an editor token.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FactRecord.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created as a draft; Location is its public path, ETag its revision.")
    public RestResponse<Envelope<EditorialItem>> createFact(byte[] body) {
        return editing.create(ItemType.FACT, body);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(
            summary = "Replace a fact",
            description =
                    "Replaces the fact's draft with the whole document in the body; the published fact stays as it is until the draft is published. Needs If-Match with the current ETag and an editor token. The id cannot change.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FactRecord.class)))
    @APIResponse(responseCode = "200", description = "Saved as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> replaceFact(
            @RestPath @Parameter(description = "Id of the fact.", example = "primary-clusters-gva-uplift") String id,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch,
            byte[] body) {
        return editing.replace(ItemType.FACT, id, body, ifMatch);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(Editing.MERGE_PATCH)
    @RolesAllowed("editor")
    @Operation(
            summary = "Change part of a fact",
            description =
                    "Applies a JSON Merge Patch (RFC 7396) to the fact's draft, or to the published fact when it has no draft: a member set to null is removed, an absent member is kept. Needs If-Match with the current ETag and an editor token.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = Editing.MERGE_PATCH, schema = @Schema(implementation = Object.class)))
    @APIResponse(responseCode = "200", description = "Saved as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> patchFact(
            @RestPath @Parameter(description = "Id of the fact.", example = "primary-clusters-gva-uplift") String id,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch,
            byte[] body) {
        return editing.patch(ItemType.FACT, id, body, ifMatch);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("editor")
    @Operation(
            summary = "Delete a fact",
            description =
                    "Removes the fact, published or draft. Its revisions stay and it can be restored from them. Refused with 409 while published items refer to it. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> deleteFact(
            @RestPath @Parameter(description = "Id of the fact.", example = "primary-clusters-gva-uplift") String id,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.delete(ItemType.FACT, id, ifMatch);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed("editor")
    @Operation(
            summary = "Publish a fact",
            description =
                    "Publishes the fact's draft: the public API shows it at once on every instance. Every item it refers to must be published. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "200", description = "Published; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> publishFact(
            @RestPath @Parameter(description = "Id of the fact.", example = "primary-clusters-gva-uplift") String id,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.publish(ItemType.FACT, id, ifMatch);
    }

    @POST
    @Path("/{id}/unpublish")
    @RolesAllowed("editor")
    @Operation(
            summary = "Unpublish a fact",
            description =
                    "Takes the fact off the public API and keeps it as a draft. Refused with 409 while published items refer to it. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "200", description = "Unpublished; now a draft. ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> unpublishFact(
            @RestPath @Parameter(description = "Id of the fact.", example = "primary-clusters-gva-uplift") String id,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.unpublish(ItemType.FACT, id, ifMatch);
    }

    @GET
    @Path("/{id}/revisions")
    @RolesAllowed("editor")
    @Operation(
            summary = "List the fact's revisions",
            description =
                    "Every change to the fact, newest first: who (the token's name), when, what it did and which members it changed. Kept after deletion. The ETag header is the fact's current revision, for If-Match. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The revisions, newest first.")
    public RestResponse<Envelope<List<RevisionView>>> listFactRevisions(
            @RestPath @Parameter(description = "Id of the fact.", example = "primary-clusters-gva-uplift") String id) {
        return editing.revisions(ItemType.FACT, id);
    }

    @GET
    @Path("/{id}/revisions/{number}")
    @RolesAllowed("editor")
    @Operation(
            summary = "Get one revision of the fact",
            description = "One revision with the fact's whole document after that change. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The revision.")
    public RestResponse<Envelope<RevisionView>> getFactRevision(
            @RestPath @Parameter(description = "Id of the fact.", example = "primary-clusters-gva-uplift") String id,
            @RestPath @Parameter(description = "Revision number, from 1.", example = "1") String number) {
        return editing.revision(ItemType.FACT, id, Editing.revisionNumber(number));
    }

    @POST
    @Path("/{id}/revisions/{number}/restore")
    @RolesAllowed("editor")
    @Operation(
            summary = "Restore a revision of the fact",
            description =
                    "Makes that revision's document the fact's draft again (itself a new revision); publish it to show it. Works for a deleted fact too. Needs If-Match with the current ETag (from the revisions list) and an editor token.")
    @APIResponse(responseCode = "200", description = "Restored as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> restoreFactRevision(
            @RestPath @Parameter(description = "Id of the fact.", example = "primary-clusters-gva-uplift") String id,
            @RestPath @Parameter(description = "Revision number, from 1.", example = "1") String number,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.restore(ItemType.FACT, id, Editing.revisionNumber(number), ifMatch);
    }

    @GET
    @Path("/{id}/draft")
    @RolesAllowed("editor")
    @Operation(
            summary = "Get the fact's working copy",
            description =
                    "The document editors work on, in the format PUT and PATCH take: the draft when there is one, else the published fact. Says whether it is published and has unpublished changes; the ETag header is what writes send in If-Match. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The working copy.")
    public RestResponse<Envelope<EditorialItem>> getFactDraft(
            @RestPath @Parameter(description = "Id of the fact.", example = "primary-clusters-gva-uplift") String id) {
        return editing.get(ItemType.FACT, id);
    }
}
