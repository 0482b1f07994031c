package uk.org.wmca.planforgrowth.place;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.cluster.ClusterSummary;
import uk.org.wmca.planforgrowth.common.SelfLink;
import uk.org.wmca.planforgrowth.source.SourceView;

/** A place with the clusters that name it. */
@Schema(name = "Place", description = "A local authority area and the clusters the plan places in it.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlaceView(
        @Schema(examples = "stratford-on-avon", required = true)
        String slug,

        @Schema(examples = "Stratford-on-Avon", required = true)
        String name,

        @Schema(
                description = "ONS GSS code of the local authority district.",
                pattern = "^[EWSN][0-9]{8}$",
                examples = "E07000221",
                required = true)
        String gssCode,

        @Schema(
                description = "constituent: one of the combined authority's seven metropolitan boroughs.",
                enumeration = {"constituent", "non-constituent"},
                required = true)
        String kind,

        @Schema(
                description = "The place as the plan writes it, when that differs.",
                nullable = true,
                examples = "Stratford")
        String nameInPlan,

        @Schema(
                description = "inferred when the plan's wording had to be interpreted to identify the area.",
                enumeration = {"confirmed", "inferred"},
                required = true)
        String status,

        @Schema(nullable = true) String note,

        @Schema(description = "Source of the name and code.", required = true)
        SourceView source,

        @Schema(description = "Clusters whose profile names this place.", required = true)
        List<ClusterSummary> clusters,

        @Schema(required = true) SelfLink links) {

    public static PlaceView from(Place place, List<ClusterSummary> clusters) {
        return new PlaceView(
                place.slug,
                place.name,
                place.gssCode,
                place.kind.wireName(),
                place.nameInPlan,
                place.status.wireName(),
                place.note,
                SourceView.from(place.source),
                clusters,
                SelfLink.of(PlaceSummary.PATH + place.slug));
    }
}
