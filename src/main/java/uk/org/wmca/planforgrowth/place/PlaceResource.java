package uk.org.wmca.planforgrowth.place;

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

/** Serves the places. */
@Path("/api/v1/places")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Places")
@SecurityRequirements
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class PlaceResource extends EditableResource {

    private final PlaceService places;
    private final ListResponses responses;

    private final Previews previews;
    private final EmbedCards fragments;

    PlaceResource(
            PlaceService places, ListResponses responses, Editing editing, Previews previews, EmbedCards fragments) {
        super(ItemType.PLACE, editing);
        this.fragments = fragments;
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
}
