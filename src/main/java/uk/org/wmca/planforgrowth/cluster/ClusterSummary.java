package uk.org.wmca.planforgrowth.cluster;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.common.SelfLink;
import uk.org.wmca.planforgrowth.fact.FactView;
import uk.org.wmca.planforgrowth.place.PlaceSummary;
import uk.org.wmca.planforgrowth.query.Included;
import uk.org.wmca.planforgrowth.source.SourceView;
import uk.org.wmca.planforgrowth.theme.ThemeSummary;

/** A cluster as listed: enough to show and link it. */
@Schema(
        name = "ClusterSummary",
        description = "A cluster as it appears in lists; follow links.self for the whole cluster.")
public record ClusterSummary(
        @Schema(examples = "electric-light-vehicles", required = true)
        String slug,

        @Schema(
                description = "Display order: primary clusters first, as on WMCA's page.",
                examples = "8",
                required = true)
        int position,

        @Schema(
                enumeration = {"primary", "nascent"},
                required = true)
        String kind,

        @Schema(description = "Name as on WMCA's newer Plan for Growth page.", required = true)
        String name,

        @Schema(description = "Whether the cluster is one of the 2022 plan document's clusters.", required = true)
        boolean inPlanDocument,

        @Schema(
                description =
                        "How sure the name is: confirmed when a source shows it (for a primary cluster, the caption on WMCA's newer page), inferred when it could not be seen and is deduced.",
                enumeration = {"confirmed", "inferred"},
                required = true)
        String nameStatus,

        @Schema(
                description =
                        "confirmed or inferred (null when the cluster is not in the plan document): how sure the match to planDocumentName is, apart from the name itself: confirmed when a source gives the plan document's name for this cluster, inferred when no source links the two names.",
                examples = "inferred",
                nullable = true)
        String planDocumentNameStatus,

        @Schema(required = true) String summary,
        @Schema(required = true) SelfLink links,

        @Included
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Places the cluster's profile names. Only with include=places.")
        List<PlaceSummary> places,

        @Included
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Every figure about the cluster. Only with include=facts.")
        List<FactView> facts,

        @Included
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "What the cluster's content cites. Only with include=sources.")
        List<SourceView> sources,

        @Included
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Delivery themes that bear on the cluster. Only with include=themes.")
        List<ThemeSummary> themes) {

    public static final String PATH = "/api/v1/clusters/";

    public static ClusterSummary from(Cluster cluster) {
        return from(cluster, Set.of());
    }

    /** The summary with the relations named in {@code include}. */
    public static ClusterSummary from(Cluster cluster, Set<String> include) {
        return new ClusterSummary(
                cluster.slug,
                cluster.position,
                cluster.kind.wireName(),
                cluster.name,
                cluster.inPlanDocument,
                cluster.nameStatus.wireName(),
                cluster.planDocumentNameStatus == null ? null : cluster.planDocumentNameStatus.wireName(),
                cluster.summary,
                SelfLink.of(PATH + cluster.slug),
                include.contains("places")
                        ? cluster.places.stream().map(PlaceSummary::from).toList()
                        : null,
                include.contains("facts")
                        ? cluster.facts.stream().map(FactView::from).toList()
                        : null,
                include.contains("sources")
                        ? cluster.sources.stream().map(SourceView::from).toList()
                        : null,
                include.contains("themes")
                        ? cluster.themes.stream().map(ThemeSummary::from).toList()
                        : null);
    }
}
