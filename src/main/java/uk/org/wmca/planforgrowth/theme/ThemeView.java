package uk.org.wmca.planforgrowth.theme;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.cluster.ClusterSummary;
import uk.org.wmca.planforgrowth.common.SelfLink;
import uk.org.wmca.planforgrowth.fact.FactView;
import uk.org.wmca.planforgrowth.intervention.InterventionSummary;
import uk.org.wmca.planforgrowth.source.SourceView;

/** A whole delivery theme with its interventions, facts and sources. */
@Schema(name = "Theme", description = "A delivery theme with the interventions it draws on, its figures and sources.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ThemeView(
        @Schema(examples = "economic-empowerment", required = true)
        String slug,

        @Schema(examples = "1", required = true) int position,

        @Schema(examples = "Economic empowerment", required = true)
        String name,

        @Schema(examples = "New powers over economic development", required = true)
        String formerName,

        @Schema(required = true) String summary,

        @Schema(description = "More from the plan's foreword; null when nothing more is confirmed.", nullable = true)
        String detail,

        @Schema(
                description = "Cross-cutting interventions this theme draws on, where the plan links them.",
                required = true)
        List<InterventionSummary> interventions,

        @Schema(description = "Clusters this theme bears on, where a source says so.", required = true)
        List<ClusterSummary> clusters,

        @Schema(required = true) List<FactView> facts,
        @Schema(required = true) List<SourceView> sources,
        @Schema(required = true) SelfLink links) {

    public static ThemeView from(Theme theme) {
        return new ThemeView(
                theme.slug,
                theme.position,
                theme.name,
                theme.formerName,
                theme.summary,
                theme.detail,
                theme.interventions.stream().map(InterventionSummary::from).toList(),
                theme.clusters.stream().map(ClusterSummary::from).toList(),
                theme.facts.stream().map(FactView::from).toList(),
                theme.sources.stream().map(SourceView::from).toList(),
                SelfLink.of(ThemeSummary.PATH + theme.slug));
    }
}
