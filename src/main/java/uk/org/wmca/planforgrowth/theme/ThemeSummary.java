package uk.org.wmca.planforgrowth.theme;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.cluster.ClusterSummary;
import uk.org.wmca.planforgrowth.common.SelfLink;
import uk.org.wmca.planforgrowth.fact.FactView;
import uk.org.wmca.planforgrowth.intervention.InterventionSummary;
import uk.org.wmca.planforgrowth.query.Included;
import uk.org.wmca.planforgrowth.source.SourceView;

/** A delivery theme as listed. */
@Schema(name = "ThemeSummary", description = "A delivery theme as it appears in lists.")
public record ThemeSummary(
        @Schema(examples = "skills-for-the-future", required = true)
        String slug,

        @Schema(description = "Order on WMCA's pages.", examples = "5", required = true)
        int position,

        @Schema(description = "Label on WMCA's newer page.", examples = "Skills for the future", required = true)
        String name,

        @Schema(
                description = "Label on the older page and in the plan's foreword.",
                examples = "Skills",
                required = true)
        String formerName,

        @Schema(required = true) String summary,
        @Schema(required = true) SelfLink links,

        @Included
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Clusters the theme bears on. Only with include=clusters.")
        List<ClusterSummary> clusters,

        @Included
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Interventions the theme draws on. Only with include=interventions.")
        List<InterventionSummary> interventions,

        @Included
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Figures about the theme. Only with include=facts.")
        List<FactView> facts,

        @Included
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "What the theme's content cites. Only with include=sources.")
        List<SourceView> sources) {

    public static final String PATH = "/api/v1/themes/";

    public static ThemeSummary from(Theme theme) {
        return from(theme, Set.of());
    }

    /** The summary with the relations named in {@code include}. */
    public static ThemeSummary from(Theme theme, Set<String> include) {
        return new ThemeSummary(
                theme.slug,
                theme.position,
                theme.name,
                theme.formerName,
                theme.summary,
                SelfLink.of(PATH + theme.slug),
                include.contains("clusters")
                        ? theme.clusters.stream().map(ClusterSummary::from).toList()
                        : null,
                include.contains("interventions")
                        ? theme.interventions.stream()
                                .map(InterventionSummary::from)
                                .toList()
                        : null,
                include.contains("facts")
                        ? theme.facts.stream().map(FactView::from).toList()
                        : null,
                include.contains("sources")
                        ? theme.sources.stream().map(SourceView::from).toList()
                        : null);
    }
}
