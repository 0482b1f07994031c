package uk.org.wmca.planforgrowth.editorial;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import uk.org.wmca.planforgrowth.common.Envelope;
import uk.org.wmca.planforgrowth.content.ItemType;

/**
 * The editorial routes of a content collection, written once: a collection's resource extends this class and gets
 * create, replace, patch, delete, publish, unpublish, its revisions and its working copy under its own path.
 *
 * <p>The OpenAPI text is written here as templates: {@code {type}} and {@code {Type}} stand for the type's noun,
 * {@code {key}} for its key member, and the {@value #KEY} path parameter for its key. {@link EditorialDocumentation}
 * fills them in for each collection from its {@link ItemType}, which it finds by the operation's path.
 */
public abstract class EditableResource {

    /** The path parameter that names the item; the OpenAPI document gives it each type's own name. */
    public static final String KEY = "key";

    private static final String ITEM = "/{" + KEY + "}";
    private static final String KEY_DOC = "{key description}";
    private static final String KEY_EXAMPLE = "{key example}";

    private final ItemType type;
    private final Editing editing;

    protected EditableResource(ItemType type, Editing editing) {
        this.type = type;
        this.editing = editing;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(
            operationId = "create{Type}",
            summary = "Create a {type}",
            description =
                    "Creates a {type} as a draft, unseen by the public until it is published (POST …/publish). The body is the whole {type} in the write format; references name other items by slug or id. Needs an editor token.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(
            responseCode = "201",
            description = "Created as a draft; Location is its public path, ETag its revision.")
    public RestResponse<Envelope<EditorialItem>> create(byte[] body) {
        return editing.create(type, body);
    }

    @PUT
    @Path(ITEM)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(
            operationId = "replace{Type}",
            summary = "Replace a {type}",
            description =
                    "Replaces the {type}'s draft with the whole document in the body; the published {type} stays as it is until the draft is published. Needs If-Match with the current ETag and an editor token. The {key} cannot change.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "200", description = "Saved as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> replace(
            @RestPath @Parameter(description = KEY_DOC, example = KEY_EXAMPLE) String key,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch,
            byte[] body) {
        return editing.replace(type, key, body, ifMatch);
    }

    @PATCH
    @Path(ITEM)
    @Consumes(Editing.MERGE_PATCH)
    @RolesAllowed("editor")
    @Operation(
            operationId = "patch{Type}",
            summary = "Change part of a {type}",
            description =
                    "Applies a JSON Merge Patch (RFC 7396) to the {type}'s draft, or to the published {type} when it has no draft: a member set to null is removed, an absent member is kept. Needs If-Match with the current ETag and an editor token.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = Editing.MERGE_PATCH, schema = @Schema(implementation = Object.class)))
    @APIResponse(responseCode = "200", description = "Saved as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> patch(
            @RestPath @Parameter(description = KEY_DOC, example = KEY_EXAMPLE) String key,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch,
            byte[] body) {
        return editing.patch(type, key, body, ifMatch);
    }

    @DELETE
    @Path(ITEM)
    @RolesAllowed("editor")
    @Operation(
            operationId = "delete{Type}",
            summary = "Delete a {type}",
            description =
                    "Removes the {type}, published or draft. Its revisions stay and it can be restored from them. Refused with 409 while published items refer to it. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> delete(
            @RestPath @Parameter(description = KEY_DOC, example = KEY_EXAMPLE) String key,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.delete(type, key, ifMatch);
    }

    @POST
    @Path(ITEM + "/publish")
    @RolesAllowed("editor")
    @Operation(
            operationId = "publish{Type}",
            summary = "Publish a {type}",
            description =
                    "Publishes the {type}'s draft: the public API shows it at once on every instance. Every item it refers to must be published. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "200", description = "Published; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> publish(
            @RestPath @Parameter(description = KEY_DOC, example = KEY_EXAMPLE) String key,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.publish(type, key, ifMatch);
    }

    @POST
    @Path(ITEM + "/unpublish")
    @RolesAllowed("editor")
    @Operation(
            operationId = "unpublish{Type}",
            summary = "Unpublish a {type}",
            description =
                    "Takes the {type} off the public API and keeps it as a draft. Refused with 409 while published items refer to it. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "200", description = "Unpublished; now a draft. ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> unpublish(
            @RestPath @Parameter(description = KEY_DOC, example = KEY_EXAMPLE) String key,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.unpublish(type, key, ifMatch);
    }

    @GET
    @Path(ITEM + "/revisions")
    @RolesAllowed("editor")
    @Operation(
            operationId = "list{Type}Revisions",
            summary = "List the {type}'s revisions",
            description =
                    "Every change to the {type}, newest first: who (the token's name), when, what it did and which members it changed. Kept after deletion. The ETag header is the {type}'s current revision, for If-Match. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The revisions, newest first.")
    public RestResponse<Envelope<List<RevisionView>>> listRevisions(
            @RestPath @Parameter(description = KEY_DOC, example = KEY_EXAMPLE) String key) {
        return editing.revisions(type, key);
    }

    @GET
    @Path(ITEM + "/revisions/{number}")
    @RolesAllowed("editor")
    @Operation(
            operationId = "get{Type}Revision",
            summary = "Get one revision of the {type}",
            description = "One revision with the {type}'s whole document after that change. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The revision.")
    public RestResponse<Envelope<RevisionView>> getRevision(
            @RestPath @Parameter(description = KEY_DOC, example = KEY_EXAMPLE) String key,
            @RestPath @Parameter(description = "Revision number, from 1.", example = "1") String number) {
        return editing.revision(type, key, Editing.revisionNumber(number));
    }

    @POST
    @Path(ITEM + "/revisions/{number}/restore")
    @RolesAllowed("editor")
    @Operation(
            operationId = "restore{Type}Revision",
            summary = "Restore a revision of the {type}",
            description =
                    "Makes that revision's document the {type}'s draft again (itself a new revision); publish it to show it. Works for a deleted {type} too. Needs If-Match with the current ETag (from the revisions list) and an editor token.")
    @APIResponse(responseCode = "200", description = "Restored as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> restoreRevision(
            @RestPath @Parameter(description = KEY_DOC, example = KEY_EXAMPLE) String key,
            @RestPath @Parameter(description = "Revision number, from 1.", example = "1") String number,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.restore(type, key, Editing.revisionNumber(number), ifMatch);
    }

    @GET
    @Path(ITEM + "/draft")
    @RolesAllowed("editor")
    @Operation(
            operationId = "get{Type}Draft",
            summary = "Get the {type}'s working copy",
            description =
                    "The document editors work on, in the format PUT and PATCH take: the draft when there is one, else the published {type}. Says whether it is published and has unpublished changes; the ETag header is what writes send in If-Match. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The working copy.")
    public RestResponse<Envelope<EditorialItem>> getDraft(
            @RestPath @Parameter(description = KEY_DOC, example = KEY_EXAMPLE) String key) {
        return editing.get(type, key);
    }
}
