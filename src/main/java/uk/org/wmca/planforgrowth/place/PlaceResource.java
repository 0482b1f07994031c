package uk.org.wmca.planforgrowth.place;

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
import uk.org.wmca.planforgrowth.content.ContentDocument.PlaceRecord;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.editorial.Editing;
import uk.org.wmca.planforgrowth.editorial.EditorialItem;
import uk.org.wmca.planforgrowth.editorial.Previews;
import uk.org.wmca.planforgrowth.editorial.RevisionView;
import uk.org.wmca.planforgrowth.embed.Cards;
import uk.org.wmca.planforgrowth.embed.EmbedCards;
import uk.org.wmca.planforgrowth.query.ListQuery;
import uk.org.wmca.planforgrowth.query.ListResponses;

/** Serves the places. */
@Path("/api/v1/places")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Places")
@SecurityRequirements
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class PlaceResource {

    private final PlaceService places;
    private final ListResponses responses;

    private final Editing editing;
    private final Previews previews;
    private final EmbedCards fragments;

    PlaceResource(
            PlaceService places, ListResponses responses, Editing editing, Previews previews, EmbedCards fragments) {
        this.fragments = fragments;
        this.editing = editing;
        this.previews = previews;
        this.places = places;
        this.responses = responses;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
    @Operation(
            summary = "List places",
            description =
                    "The local authority areas the content names, in alphabetical order, with their ONS GSS codes.")
    @APIResponse(responseCode = "200", description = "A page of places.")
    public RestResponse<Envelope<List<PlaceSummary>>> listPlaces(@Context UriInfo uri, @Context HttpHeaders headers) {
        ListQuery query = ListQuery.parseList(uri, PlaceService.LIST);
        return previews.read(query.preview(), () -> {
            Format format = responses.format(query, headers);
            return responses.list(
                    PlaceService.LIST, query, places.list(query, format == Format.CSV), format, uri.getPath());
        });
    }

    @GET
    @Path("/{slugOrGssCode}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(
            summary = "Get a place",
            description = "One place, by slug or ONS GSS code, with the clusters whose profile names it.")
    @APIResponse(responseCode = "200", description = "The place.")
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public RestResponse<Envelope<PlaceView>> getPlace(
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @Context HttpServerRequest request,
            @RestPath
                    @Parameter(
                            description = "Slug of the place, or its ONS GSS code (any letter case).",
                            example = "E08000025")
                    String slugOrGssCode) {
        ListQuery query = ListQuery.parseItem(uri, PlaceService.LIST);
        return previews.read(query.preview(), () -> {
            Format format = responses.itemFormat(PlaceService.LIST, query, headers);
            PlaceView place = places.find(slugOrGssCode)
                    .orElseThrow(() -> new ResourceNotFoundException("place", "slug or GSS code", slugOrGssCode));
            return format == Format.HTML
                    ? fragments.response(Cards.of(place), request)
                    : responses.item(place, query, uri.getPath());
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(
            summary = "Create a place",
            description =
                    "Creates a place as a draft, unseen by the public until it is published (POST …/publish). The body is the whole place in the write format; references name other items by slug or id. Needs an editor token.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlaceRecord.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created as a draft; Location is its public path, ETag its revision.")
    public RestResponse<Envelope<EditorialItem>> createPlace(byte[] body) {
        return editing.create(ItemType.PLACE, body);
    }

    @PUT
    @Path("/{slugOrGssCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(
            summary = "Replace a place",
            description =
                    "Replaces the place's draft with the whole document in the body; the published place stays as it is until the draft is published. Needs If-Match with the current ETag and an editor token. The slug cannot change.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlaceRecord.class)))
    @APIResponse(responseCode = "200", description = "Saved as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> replacePlace(
            @RestPath
                    @Parameter(
                            description = "Slug of the place (writes take the slug, not the GSS code).",
                            example = "birmingham")
                    String slugOrGssCode,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch,
            byte[] body) {
        return editing.replace(ItemType.PLACE, slugOrGssCode, body, ifMatch);
    }

    @PATCH
    @Path("/{slugOrGssCode}")
    @Consumes(Editing.MERGE_PATCH)
    @RolesAllowed("editor")
    @Operation(
            summary = "Change part of a place",
            description =
                    "Applies a JSON Merge Patch (RFC 7396) to the place's draft, or to the published place when it has no draft: a member set to null is removed, an absent member is kept. Needs If-Match with the current ETag and an editor token.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = Editing.MERGE_PATCH, schema = @Schema(implementation = Object.class)))
    @APIResponse(responseCode = "200", description = "Saved as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> patchPlace(
            @RestPath
                    @Parameter(
                            description = "Slug of the place (writes take the slug, not the GSS code).",
                            example = "birmingham")
                    String slugOrGssCode,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch,
            byte[] body) {
        return editing.patch(ItemType.PLACE, slugOrGssCode, body, ifMatch);
    }

    @DELETE
    @Path("/{slugOrGssCode}")
    @RolesAllowed("editor")
    @Operation(
            summary = "Delete a place",
            description =
                    "Removes the place, published or draft. Its revisions stay and it can be restored from them. Refused with 409 while published items refer to it. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> deletePlace(
            @RestPath
                    @Parameter(
                            description = "Slug of the place (writes take the slug, not the GSS code).",
                            example = "birmingham")
                    String slugOrGssCode,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.delete(ItemType.PLACE, slugOrGssCode, ifMatch);
    }

    @POST
    @Path("/{slugOrGssCode}/publish")
    @RolesAllowed("editor")
    @Operation(
            summary = "Publish a place",
            description =
                    "Publishes the place's draft: the public API shows it at once on every instance. Every item it refers to must be published. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "200", description = "Published; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> publishPlace(
            @RestPath
                    @Parameter(
                            description = "Slug of the place (writes take the slug, not the GSS code).",
                            example = "birmingham")
                    String slugOrGssCode,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.publish(ItemType.PLACE, slugOrGssCode, ifMatch);
    }

    @POST
    @Path("/{slugOrGssCode}/unpublish")
    @RolesAllowed("editor")
    @Operation(
            summary = "Unpublish a place",
            description =
                    "Takes the place off the public API and keeps it as a draft. Refused with 409 while published items refer to it. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "200", description = "Unpublished; now a draft. ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> unpublishPlace(
            @RestPath
                    @Parameter(
                            description = "Slug of the place (writes take the slug, not the GSS code).",
                            example = "birmingham")
                    String slugOrGssCode,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.unpublish(ItemType.PLACE, slugOrGssCode, ifMatch);
    }

    @GET
    @Path("/{slugOrGssCode}/revisions")
    @RolesAllowed("editor")
    @Operation(
            summary = "List the place's revisions",
            description =
                    "Every change to the place, newest first: who (the token's name), when, what it did and which members it changed. Kept after deletion. The ETag header is the place's current revision, for If-Match. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The revisions, newest first.")
    public RestResponse<Envelope<List<RevisionView>>> listPlaceRevisions(
            @RestPath
                    @Parameter(
                            description = "Slug of the place (writes take the slug, not the GSS code).",
                            example = "birmingham")
                    String slugOrGssCode) {
        return editing.revisions(ItemType.PLACE, slugOrGssCode);
    }

    @GET
    @Path("/{slugOrGssCode}/revisions/{number}")
    @RolesAllowed("editor")
    @Operation(
            summary = "Get one revision of the place",
            description = "One revision with the place's whole document after that change. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The revision.")
    public RestResponse<Envelope<RevisionView>> getPlaceRevision(
            @RestPath
                    @Parameter(
                            description = "Slug of the place (writes take the slug, not the GSS code).",
                            example = "birmingham")
                    String slugOrGssCode,
            @RestPath @Parameter(description = "Revision number, from 1.", example = "1") String number) {
        return editing.revision(ItemType.PLACE, slugOrGssCode, Editing.revisionNumber(number));
    }

    @POST
    @Path("/{slugOrGssCode}/revisions/{number}/restore")
    @RolesAllowed("editor")
    @Operation(
            summary = "Restore a revision of the place",
            description =
                    "Makes that revision's document the place's draft again (itself a new revision); publish it to show it. Works for a deleted place too. Needs If-Match with the current ETag (from the revisions list) and an editor token.")
    @APIResponse(responseCode = "200", description = "Restored as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> restorePlaceRevision(
            @RestPath
                    @Parameter(
                            description = "Slug of the place (writes take the slug, not the GSS code).",
                            example = "birmingham")
                    String slugOrGssCode,
            @RestPath @Parameter(description = "Revision number, from 1.", example = "1") String number,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.restore(ItemType.PLACE, slugOrGssCode, Editing.revisionNumber(number), ifMatch);
    }

    @GET
    @Path("/{slugOrGssCode}/draft")
    @RolesAllowed("editor")
    @Operation(
            summary = "Get the place's working copy",
            description =
                    "The document editors work on, in the format PUT and PATCH take: the draft when there is one, else the published place. Says whether it is published and has unpublished changes; the ETag header is what writes send in If-Match. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The working copy.")
    public RestResponse<Envelope<EditorialItem>> getPlaceDraft(
            @RestPath
                    @Parameter(
                            description = "Slug of the place (writes take the slug, not the GSS code).",
                            example = "birmingham")
                    String slugOrGssCode) {
        return editing.get(ItemType.PLACE, slugOrGssCode);
    }
}
