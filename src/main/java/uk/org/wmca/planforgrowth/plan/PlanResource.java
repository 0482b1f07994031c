package uk.org.wmca.planforgrowth.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import uk.org.wmca.planforgrowth.common.Envelopes;
import uk.org.wmca.planforgrowth.common.InvalidParameterException;
import uk.org.wmca.planforgrowth.common.OpenApiDefinition;
import uk.org.wmca.planforgrowth.common.Problem;
import uk.org.wmca.planforgrowth.common.QueryParameters;
import uk.org.wmca.planforgrowth.common.ResourceNotFoundException;
import uk.org.wmca.planforgrowth.content.ContentDocument.PlanRecord;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.editorial.Editing;
import uk.org.wmca.planforgrowth.editorial.EditorialItem;
import uk.org.wmca.planforgrowth.editorial.Previews;
import uk.org.wmca.planforgrowth.editorial.RevisionView;
import uk.org.wmca.planforgrowth.query.ListQuery;

/** Serves the plan's summary. */
@Path(PlanView.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan")
@SecurityRequirements
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class PlanResource {

    private final PlanService plans;
    private final Envelopes envelopes;

    private final Editing editing;
    private final Previews previews;

    PlanResource(PlanService plans, Envelopes envelopes, Editing editing, Previews previews) {
        this.editing = editing;
        this.previews = previews;
        this.plans = plans;
        this.envelopes = envelopes;
    }

    @GET
    @Operation(
            summary = "Get the plan",
            description =
                    "The Plan for Growth: summary, aim, approach, principles, headline figures with their sources, and links to its themes, clusters and interventions.")
    @APIResponse(responseCode = "200", description = "The plan.")
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public RestResponse<Envelope<PlanView>> getPlan(@Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of(ListQuery.PREVIEW));
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean preview = ListQuery.parsePreview(QueryParameters.of(uri), errors);
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        return previews.read(preview, () -> {
            PlanView plan = plans.find().orElseThrow(() -> new ResourceNotFoundException("The plan is not published."));
            return envelopes.item(plan, uri.getPath());
        });
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(
            summary = "Replace the plan",
            description =
                    "Replaces the plan's draft with the whole document in the body; the published plan stays as it is until the draft is published. Needs If-Match with the current ETag and an editor token.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanRecord.class)))
    @APIResponse(responseCode = "200", description = "Saved as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> replacePlan(
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch,
            byte[] body) {
        return editing.replace(ItemType.PLAN, ItemType.PLAN_KEY, body, ifMatch);
    }

    @PATCH
    @Consumes(Editing.MERGE_PATCH)
    @RolesAllowed("editor")
    @Operation(
            summary = "Change part of the plan",
            description =
                    "Applies a JSON Merge Patch (RFC 7396) to the plan's draft, or to the published plan when it has no draft: a member set to null is removed, an absent member is kept. Needs If-Match with the current ETag and an editor token.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = Editing.MERGE_PATCH, schema = @Schema(implementation = Object.class)))
    @APIResponse(responseCode = "200", description = "Saved as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> patchPlan(
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch,
            byte[] body) {
        return editing.patch(ItemType.PLAN, ItemType.PLAN_KEY, body, ifMatch);
    }

    @POST
    @Path("/publish")
    @RolesAllowed("editor")
    @Operation(
            summary = "Publish the plan",
            description =
                    "Publishes the plan's draft: the public API shows it at once on every instance. Every item it refers to must be published. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "200", description = "Published; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> publishPlan(
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.publish(ItemType.PLAN, ItemType.PLAN_KEY, ifMatch);
    }

    @GET
    @Path("/revisions")
    @RolesAllowed("editor")
    @Operation(
            summary = "List the plan's revisions",
            description =
                    "Every change to the plan, newest first: who (the token's name), when, what it did and which members it changed. The ETag header is the plan's current revision, for If-Match. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The revisions, newest first.")
    public RestResponse<Envelope<List<RevisionView>>> listPlanRevisions() {
        return editing.revisions(ItemType.PLAN, ItemType.PLAN_KEY);
    }

    @GET
    @Path("/revisions/{number}")
    @RolesAllowed("editor")
    @Operation(
            summary = "Get one revision of the plan",
            description = "One revision with the plan's whole document after that change. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The revision.")
    public RestResponse<Envelope<RevisionView>> getPlanRevision(
            @RestPath @Parameter(description = "Revision number, from 1.", example = "1") String number) {
        return editing.revision(ItemType.PLAN, ItemType.PLAN_KEY, Editing.revisionNumber(number));
    }

    @POST
    @Path("/revisions/{number}/restore")
    @RolesAllowed("editor")
    @Operation(
            summary = "Restore a revision of the plan",
            description =
                    "Makes that revision's document the plan's draft again (itself a new revision); publish it to show it. Works for a deleted plan too. Needs If-Match with the current ETag (from the revisions list) and an editor token.")
    @APIResponse(responseCode = "200", description = "Restored as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> restorePlanRevision(
            @RestPath @Parameter(description = "Revision number, from 1.", example = "1") String number,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.restore(ItemType.PLAN, ItemType.PLAN_KEY, Editing.revisionNumber(number), ifMatch);
    }

    @GET
    @Path("/draft")
    @RolesAllowed("editor")
    @Operation(
            summary = "Get the plan's working copy",
            description =
                    "The document editors work on, in the format PUT and PATCH take: the draft when there is one, else the published plan. Says whether it is published and has unpublished changes; the ETag header is what writes send in If-Match. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The working copy.")
    public RestResponse<Envelope<EditorialItem>> getPlanDraft() {
        return editing.get(ItemType.PLAN, ItemType.PLAN_KEY);
    }
}
