package uk.org.wmca.planforgrowth.theme;

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
import uk.org.wmca.planforgrowth.content.ContentDocument.ThemeRecord;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.editorial.Editing;
import uk.org.wmca.planforgrowth.editorial.EditorialItem;
import uk.org.wmca.planforgrowth.editorial.Previews;
import uk.org.wmca.planforgrowth.editorial.RevisionView;
import uk.org.wmca.planforgrowth.embed.Cards;
import uk.org.wmca.planforgrowth.embed.EmbedCards;
import uk.org.wmca.planforgrowth.query.ListQuery;
import uk.org.wmca.planforgrowth.query.ListResponses;

/** Serves the themes. */
@Path("/api/v1/themes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Themes")
@SecurityRequirements
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class ThemeResource {

    private final ThemeService themes;
    private final ListResponses responses;

    private final Editing editing;
    private final Previews previews;
    private final EmbedCards fragments;

    ThemeResource(
            ThemeService themes, ListResponses responses, Editing editing, Previews previews, EmbedCards fragments) {
        this.fragments = fragments;
        this.editing = editing;
        this.previews = previews;
        this.themes = themes;
        this.responses = responses;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
    @Operation(
            summary = "List themes",
            description =
                    "The seven delivery themes in the order of WMCA's pages, each with its newer and older label. Follow links.self for the whole theme.")
    @APIResponse(responseCode = "200", description = "A page of themes.")
    public RestResponse<Envelope<List<ThemeSummary>>> listThemes(@Context UriInfo uri, @Context HttpHeaders headers) {
        ListQuery query = ListQuery.parseList(uri, ThemeService.LIST);
        return previews.read(query.preview(), () -> {
            Format format = responses.format(query, headers);
            return responses.list(
                    ThemeService.LIST, query, themes.list(query, format == Format.CSV), format, uri.getPath());
        });
    }

    @GET
    @Path("/{slug}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(
            summary = "Get a theme",
            description = "One delivery theme with the interventions it draws on, its figures and its sources.")
    @APIResponse(responseCode = "200", description = "The theme.")
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public RestResponse<Envelope<ThemeView>> getTheme(
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @Context HttpServerRequest request,
            @RestPath @Parameter(description = "Slug of the theme.", example = "skills-for-the-future") String slug) {
        ListQuery query = ListQuery.parseItem(uri, ThemeService.LIST);
        return previews.read(query.preview(), () -> {
            Format format = responses.itemFormat(ThemeService.LIST, query, headers);
            ThemeView theme = themes.find(slug).orElseThrow(() -> new ResourceNotFoundException("theme", "slug", slug));
            return format == Format.HTML
                    ? fragments.response(Cards.of(theme), request)
                    : responses.item(theme, query, uri.getPath());
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(
            summary = "Create a theme",
            description =
                    "Creates a theme as a draft, unseen by the public until it is published (POST …/publish). The body is the whole theme in the write format; references name other items by slug or id. Needs an editor token.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ThemeRecord.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created as a draft; Location is its public path, ETag its revision.")
    public RestResponse<Envelope<EditorialItem>> createTheme(byte[] body) {
        return editing.create(ItemType.THEME, body);
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(
            summary = "Replace a theme",
            description =
                    "Replaces the theme's draft with the whole document in the body; the published theme stays as it is until the draft is published. Needs If-Match with the current ETag and an editor token. The slug cannot change.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ThemeRecord.class)))
    @APIResponse(responseCode = "200", description = "Saved as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> replaceTheme(
            @RestPath @Parameter(description = "Slug of the theme.", example = "skills-for-the-future") String slug,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch,
            byte[] body) {
        return editing.replace(ItemType.THEME, slug, body, ifMatch);
    }

    @PATCH
    @Path("/{slug}")
    @Consumes(Editing.MERGE_PATCH)
    @RolesAllowed("editor")
    @Operation(
            summary = "Change part of a theme",
            description =
                    "Applies a JSON Merge Patch (RFC 7396) to the theme's draft, or to the published theme when it has no draft: a member set to null is removed, an absent member is kept. Needs If-Match with the current ETag and an editor token.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = Editing.MERGE_PATCH, schema = @Schema(implementation = Object.class)))
    @APIResponse(responseCode = "200", description = "Saved as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> patchTheme(
            @RestPath @Parameter(description = "Slug of the theme.", example = "skills-for-the-future") String slug,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch,
            byte[] body) {
        return editing.patch(ItemType.THEME, slug, body, ifMatch);
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed("editor")
    @Operation(
            summary = "Delete a theme",
            description =
                    "Removes the theme, published or draft. Its revisions stay and it can be restored from them. Refused with 409 while published items refer to it. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> deleteTheme(
            @RestPath @Parameter(description = "Slug of the theme.", example = "skills-for-the-future") String slug,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.delete(ItemType.THEME, slug, ifMatch);
    }

    @POST
    @Path("/{slug}/publish")
    @RolesAllowed("editor")
    @Operation(
            summary = "Publish a theme",
            description =
                    "Publishes the theme's draft: the public API shows it at once on every instance. Every item it refers to must be published. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "200", description = "Published; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> publishTheme(
            @RestPath @Parameter(description = "Slug of the theme.", example = "skills-for-the-future") String slug,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.publish(ItemType.THEME, slug, ifMatch);
    }

    @POST
    @Path("/{slug}/unpublish")
    @RolesAllowed("editor")
    @Operation(
            summary = "Unpublish a theme",
            description =
                    "Takes the theme off the public API and keeps it as a draft. Refused with 409 while published items refer to it. Needs If-Match with the current ETag and an editor token.")
    @APIResponse(responseCode = "200", description = "Unpublished; now a draft. ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> unpublishTheme(
            @RestPath @Parameter(description = "Slug of the theme.", example = "skills-for-the-future") String slug,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.unpublish(ItemType.THEME, slug, ifMatch);
    }

    @GET
    @Path("/{slug}/revisions")
    @RolesAllowed("editor")
    @Operation(
            summary = "List the theme's revisions",
            description =
                    "Every change to the theme, newest first: who (the token's name), when, what it did and which members it changed. Kept after deletion. The ETag header is the theme's current revision, for If-Match. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The revisions, newest first.")
    public RestResponse<Envelope<List<RevisionView>>> listThemeRevisions(
            @RestPath @Parameter(description = "Slug of the theme.", example = "skills-for-the-future") String slug) {
        return editing.revisions(ItemType.THEME, slug);
    }

    @GET
    @Path("/{slug}/revisions/{number}")
    @RolesAllowed("editor")
    @Operation(
            summary = "Get one revision of the theme",
            description = "One revision with the theme's whole document after that change. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The revision.")
    public RestResponse<Envelope<RevisionView>> getThemeRevision(
            @RestPath @Parameter(description = "Slug of the theme.", example = "skills-for-the-future") String slug,
            @RestPath @Parameter(description = "Revision number, from 1.", example = "1") String number) {
        return editing.revision(ItemType.THEME, slug, Editing.revisionNumber(number));
    }

    @POST
    @Path("/{slug}/revisions/{number}/restore")
    @RolesAllowed("editor")
    @Operation(
            summary = "Restore a revision of the theme",
            description =
                    "Makes that revision's document the theme's draft again (itself a new revision); publish it to show it. Works for a deleted theme too. Needs If-Match with the current ETag (from the revisions list) and an editor token.")
    @APIResponse(responseCode = "200", description = "Restored as the draft; ETag is the new revision.")
    public RestResponse<Envelope<EditorialItem>> restoreThemeRevision(
            @RestPath @Parameter(description = "Slug of the theme.", example = "skills-for-the-future") String slug,
            @RestPath @Parameter(description = "Revision number, from 1.", example = "1") String number,
            @RestHeader("If-Match") @Parameter(description = Editing.IF_MATCH, example = "\"rev-3\"") String ifMatch) {
        return editing.restore(ItemType.THEME, slug, Editing.revisionNumber(number), ifMatch);
    }

    @GET
    @Path("/{slug}/draft")
    @RolesAllowed("editor")
    @Operation(
            summary = "Get the theme's working copy",
            description =
                    "The document editors work on, in the format PUT and PATCH take: the draft when there is one, else the published theme. Says whether it is published and has unpublished changes; the ETag header is what writes send in If-Match. Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The working copy.")
    public RestResponse<Envelope<EditorialItem>> getThemeDraft(
            @RestPath @Parameter(description = "Slug of the theme.", example = "skills-for-the-future") String slug) {
        return editing.get(ItemType.THEME, slug);
    }
}
