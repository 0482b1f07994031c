package uk.org.wmca.planforgrowth.place;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.common.SelfLink;

/** A place as listed or embedded in a cluster. */
@Schema(name = "PlaceSummary", description = "A place as it appears in lists and inside a cluster.")
public record PlaceSummary(
        @Schema(examples = "birmingham", required = true) String slug,
        @Schema(examples = "Birmingham", required = true) String name,

        @Schema(
                description = "ONS GSS code of the local authority district.",
                pattern = "^[EWSN][0-9]{8}$",
                examples = "E08000025",
                required = true)
        String gssCode,

        @Schema(
                enumeration = {"constituent", "non-constituent"},
                required = true)
        String kind,

        @Schema(required = true) SelfLink links) {

    public static final String PATH = "/api/v1/places/";

    public static PlaceSummary from(Place place) {
        return new PlaceSummary(
                place.slug, place.name, place.gssCode, place.kind.wireName(), SelfLink.of(PATH + place.slug));
    }
}
