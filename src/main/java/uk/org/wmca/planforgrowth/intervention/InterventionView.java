package uk.org.wmca.planforgrowth.intervention;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.common.SelfLink;
import uk.org.wmca.planforgrowth.fact.FactView;
import uk.org.wmca.planforgrowth.source.SourceView;
import uk.org.wmca.planforgrowth.theme.ThemeSummary;

/** A whole intervention with its facts and sources. */
@Schema(name = "Intervention", description = "A cross-cutting intervention with its figures and sources.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InterventionView(
        @Schema(examples = "early-growth-fund", required = true)
        String slug,

        @Schema(examples = "D", required = true) String code,
        @Schema(examples = "4", required = true) int position,

        @Schema(examples = "Early Growth Fund", required = true)
        String name,

        @Schema(required = true) String summary,
        @Schema(nullable = true) String detail,

        @Schema(description = "Delivery themes that draw on this intervention.", required = true)
        List<ThemeSummary> themes,

        @Schema(required = true) List<FactView> facts,
        @Schema(required = true) List<SourceView> sources,
        @Schema(required = true) SelfLink links) {

    public static InterventionView from(Intervention intervention, List<ThemeSummary> themes) {
        return new InterventionView(
                intervention.slug,
                intervention.code,
                intervention.position,
                intervention.name,
                intervention.summary,
                intervention.detail,
                themes,
                intervention.facts.stream().map(FactView::from).toList(),
                intervention.sources.stream().map(SourceView::from).toList(),
                SelfLink.of(InterventionSummary.PATH + intervention.slug));
    }
}
