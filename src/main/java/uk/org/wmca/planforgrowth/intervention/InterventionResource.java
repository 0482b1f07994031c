package uk.org.wmca.planforgrowth.intervention;

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
import uk.org.wmca.planforgrowth.content.ContentDocument.InterventionRecord;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.editorial.Editing;
import uk.org.wmca.planforgrowth.editorial.EditorialItem;
import uk.org.wmca.planforgrowth.editorial.Previews;
import uk.org.wmca.planforgrowth.editorial.RevisionView;
import uk.org.wmca.planforgrowth.query.ListQuery;
import uk.org.wmca.planforgrowth.query.ListResponses;

/** Serves the interventions. */
@Path("/api/v1/interventions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interventions")
@SecurityRequirements
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class InterventionResource {

    private final InterventionService interventions;
    private final ListResponses responses;

    private final Editing editing;
    private final Previews previews;

    InterventionResource(
            InterventionService interventions, ListResponses responses, Editing editing, Previews previews) {
        this.editing = editing;
        this.previews = previews;
        this.interventions = interventions;
        this.responses = responses;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
    @Operation(
            summary = "List interventions",
            description =
                    "The cross-cutting interventions whose content is confirmed, in the plan's order. The plan has one more that could not be confirmed and is not published.")
    @APIResponse(responseCode = "200", description = "A page of interventions.")
    public RestResponse<Envelope<List<InterventionSummary>>> listInterventions(
            @Context UriInfo uri, @Context HttpHeaders headers) {
        ListQuery query = ListQuery.parseList(uri, InterventionService.LIST);
        return previews.read(query.preview(), () -> {
            Format format = responses.format(query, headers);
            return responses.list(
                    InterventionService.LIST,
                    query,
                    interventions.list(query, format == Format.CSV),
                    format,
                    uri.getPath());
        });
    }

    @GET
    @Path("/{slug}")
    @Operation(
            summary = "Get an intervention",
            description = "One intervention with the themes that draw on it, its figures and its sources.")
    @APIResponse(responseCode = "200", description = "The intervention.")
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public RestResponse<Envelope<InterventionView>> getIntervention(
            @Context UriInfo uri,
            @RestPath @Parameter(description = "Slug of the intervention.", example = "early-growth-fund")
                    String slug) {
        ListQuery query = ListQuery.parseItem(uri, InterventionService.LIST);
        return previews.read(query.preview(), () -> {
            InterventionView intervention = interventions
                    .find(slug)
                    .orElseThrow(() -> new ResourceNotFoundException("intervention", "slug", slug));
            return responses.item(intervention, query, uri.getPath());
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(
            summary = "Create a intervention",
            description =
                    "Creates a intervention as a draft, unseen by the public until it is published (POST …/publish). The body is the whole intervention in the write format; references name other items by slug or id. Needs an editor token.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InterventionRecord.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created as a draft; Location is its public path, ETag its revision.")
    public RestResponse<Envelope<EditorialItem>> createIntervention(byte[] body) {
        return editing.create(ItemType.INTERVENTION, body);
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(
            summary = "Replace a intervention",
            description =
                    "Replaces the intervention's draft with the whole document in the body; the published intervention stays as it is until the draft is published. Needs If-Match with the current ETag and an editor token. The slug cannot change.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InterventionRecord.class)))
    @APIResponse(responseCode = "200", description = "Saved as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> replaceIntervention(
            @RestPath @Parameter(description = "Slug of the intervention.", example = "early-growth-fund") String slug,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch,
            byte[] body) {
        return editing.replace(ItemType.INTERVENTION, slug, body, ifMatch);
    }

    @PATCH
    @Path("/{slug}")
    @Consumes(Editing.MERGE_PATCH)
    @RolesAllowed("editor")
    @Operation(
            summary = "Change part of a intervention",
            description =
                    "Applies a JSON Merge Patch (RFC 7396) to the intervention's draft, or to the published intervention when it has no draft: a member set to null is removed, an absent member is kept. Needs If-Match with the current ETag and an editor token.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = Editing.MERGE_PATCH, schema = @Schema(implementation = Object.class)))
    @APIResponse(responseCode = "200", description = "Saved as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> patchIntervention(
            @RestPath @Parameter(description = "Slug of the intervention.", example = "early-growth-fund") String slug,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch,
            byte[] body) {
        return editing.patch(ItemType.INTERVENTION, slug, body, ifMatch);
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed("editor")
    @Operation(
            summary = "Delete a intervention",
            description =
                    "Removes the intervention, published or draft. Its revisions stay and it can be restored from them. Refused with 409 while published items refer to it. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> deleteIntervention(
            @RestPath @Parameter(description = "Slug of the intervention.", example = "early-growth-fund") String slug,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.delete(ItemType.INTERVENTION, slug, ifMatch);
    }

    @POST
    @Path("/{slug}/publish")
    @RolesAllowed("editor")
    @Operation(
            summary = "Publish a intervention",
            description =
                    "Publishes the intervention's draft: the public API shows it at once on every instance. Every item it refers to must be published. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "200", description = "Published; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> publishIntervention(
            @RestPath @Parameter(description = "Slug of the intervention.", example = "early-growth-fund") String slug,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.publish(ItemType.INTERVENTION, slug, ifMatch);
    }

    @POST
    @Path("/{slug}/unpublish")
    @RolesAllowed("editor")
    @Operation(
            summary = "Unpublish a intervention",
            description =
                    "Takes the intervention off the public API and keeps it as a draft. Refused with 409 while published items refer to it. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "200", description = "Unpublished; now a draft. ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> unpublishIntervention(
            @RestPath @Parameter(description = "Slug of the intervention.", example = "early-growth-fund") String slug,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.unpublish(ItemType.INTERVENTION, slug, ifMatch);
    }

    @GET
    @Path("/{slug}/revisions")
    @RolesAllowed("editor")
    @Operation(
            summary = "List the intervention's revisions",
            description =
                    "Every change to the intervention, newest first: who (the token's name), when, what it did and which members it changed. Kept after deletion. The ETag header is the intervention's current revision, for If-Match. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The revisions, newest first.")
    public RestResponse<Envelope<List<RevisionView>>> listInterventionRevisions(
            @RestPath @Parameter(description = "Slug of the intervention.", example = "early-growth-fund")
                    String slug) {
        return editing.revisions(ItemType.INTERVENTION, slug);
    }

    @GET
    @Path("/{slug}/revisions/{number}")
    @RolesAllowed("editor")
    @Operation(
            summary = "Get one revision of the intervention",
            description =
                    "One revision with the intervention's whole document after that change. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The revision.")
    public RestResponse<Envelope<RevisionView>> getInterventionRevision(
            @RestPath @Parameter(description = "Slug of the intervention.", example = "early-growth-fund") String slug,
            @RestPath @Parameter(description = "Revision number, from 1.", example = "1") String number) {
        return editing.revision(ItemType.INTERVENTION, slug, Editing.revisionNumber(number));
    }

    @POST
    @Path("/{slug}/revisions/{number}/restore")
    @RolesAllowed("editor")
    @Operation(
            summary = "Restore a revision of the intervention",
            description =
                    "Makes that revision's document the intervention's draft again (itself a new revision); publish it to show it. Works for a deleted intervention too. Needs If-Match with the current ETag (from the revisions list) and an editor token.")
    @APIResponse(responseCode = "200", description = "Restored as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> restoreInterventionRevision(
            @RestPath @Parameter(description = "Slug of the intervention.", example = "early-growth-fund") String slug,
            @RestPath @Parameter(description = "Revision number, from 1.", example = "1") String number,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.restore(ItemType.INTERVENTION, slug, Editing.revisionNumber(number), ifMatch);
    }

    @GET
    @Path("/{slug}/draft")
    @RolesAllowed("editor")
    @Operation(
            summary = "Get the intervention's working copy",
            description =
                    "The document editors work on, in the format PUT and PATCH take: the draft when there is one, else the published intervention. Says whether it is published and has unpublished changes; the ETag header is what writes send in If-Match. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The working copy.")
    public RestResponse<Envelope<EditorialItem>> getInterventionDraft(
            @RestPath @Parameter(description = "Slug of the intervention.", example = "early-growth-fund")
                    String slug) {
        return editing.get(ItemType.INTERVENTION, slug);
    }
}
