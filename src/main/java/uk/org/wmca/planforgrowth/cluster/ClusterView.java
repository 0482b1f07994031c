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

/** A whole cluster: everything a front end needs to render its page in one call. */
@Schema(name = "Cluster", description = "A cluster with its places, growth figures, facts and sources.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ClusterView(
        @Schema(examples = "electric-light-vehicles", required = true)
        String slug,

        @Schema(examples = "8", required = true) int position,

        @Schema(
                enumeration = {"primary", "nascent"},
                required = true)
        String kind,

        @Schema(description = "Name as on WMCA's newer Plan for Growth page.", required = true)
        String name,

        @Schema(
                description = "Name in the 2022 plan document; null when it is not one of its clusters.",
                nullable = true)
        String planDocumentName,

        @Schema(required = true) boolean inPlanDocument,

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

        @Schema(description = "Why the name or its status is what it is.", nullable = true)
        String nameNote,

        @Schema(required = true) String summary,

        @Schema(description = "The opportunity the plan sees; null when not confirmed.", nullable = true)
        String opportunity,

        @Schema(description = "Additional growth the plan sees; null when no figure is confirmed.", nullable = true)
        Growth growth,

        @Schema(description = "Places the cluster's profile names; empty when not confirmed.", required = true)
        List<PlaceSummary> places,

        @Schema(required = true) List<String> keyAssets,
        @Schema(required = true) List<String> leadershipBodies,
        @Schema(required = true) List<String> priorities,

        @Schema(description = "Every figure about this cluster.", required = true)
        List<FactView> facts,

        @Schema(required = true) List<SourceView> sources,
        @Schema(required = true) SelfLink links,

        @Included
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Delivery themes that bear on the cluster. Only with include=themes.")
        List<ThemeSummary> themes) {

    /** The growth the plan sees for a cluster: a money figure and a jobs figure, each a fact with its source. */
    @Schema(name = "Growth")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Growth(
            @Schema(description = "Additional output in pounds.", nullable = true)
            FactView output,

            @Schema(description = "Additional jobs.", nullable = true)
            FactView jobs,

            @Schema(description = "How the figures were arrived at.", nullable = true)
            String basis) {}

    public static ClusterView from(Cluster cluster) {
        return from(cluster, Set.of());
    }

    /** The whole cluster with the relations named in {@code include}. */
    public static ClusterView from(Cluster cluster, Set<String> include) {
        Growth growth = cluster.growthOutput == null && cluster.growthJobs == null
                ? null
                : new Growth(
                        cluster.growthOutput == null ? null : FactView.from(cluster.growthOutput),
                        cluster.growthJobs == null ? null : FactView.from(cluster.growthJobs),
                        cluster.growthBasis);
        return new ClusterView(
                cluster.slug,
                cluster.position,
                cluster.kind.wireName(),
                cluster.name,
                cluster.planDocumentName,
                cluster.inPlanDocument,
                cluster.nameStatus.wireName(),
                cluster.planDocumentNameStatus == null ? null : cluster.planDocumentNameStatus.wireName(),
                cluster.nameNote,
                cluster.summary,
                cluster.opportunity,
                growth,
                cluster.places.stream().map(PlaceSummary::from).toList(),
                List.copyOf(cluster.keyAssets),
                List.copyOf(cluster.leadershipBodies),
                List.copyOf(cluster.priorities),
                cluster.facts.stream().map(FactView::from).toList(),
                cluster.sources.stream().map(SourceView::from).toList(),
                SelfLink.of(ClusterSummary.PATH + cluster.slug),
                include.contains("themes")
                        ? cluster.themes.stream().map(ThemeSummary::from).toList()
                        : null);
    }
}
