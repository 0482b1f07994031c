package uk.org.wmca.planforgrowth.place;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.cluster.ClusterSummary;
import uk.org.wmca.planforgrowth.common.SelfLink;
import uk.org.wmca.planforgrowth.query.Included;

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

        @Schema(required = true) SelfLink links,

        @Included
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Clusters whose profile names the place. Only with include=clusters.")
        List<ClusterSummary> clusters) {

    public static final String PATH = "/api/v1/places/";

    public static PlaceSummary from(Place place) {
        return from(place, Set.of());
    }

    /** The summary with the relations named in {@code include}. */
    public static PlaceSummary from(Place place, Set<String> include) {
        return new PlaceSummary(
                place.slug,
                place.name,
                place.gssCode,
                place.kind.wireName(),
                SelfLink.of(PATH + place.slug),
                include.contains("clusters")
                        ? place.clusters.stream().map(ClusterSummary::from).toList()
                        : null);
    }
}
