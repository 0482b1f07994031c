package uk.org.wmca.planforgrowth.intervention;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.common.SelfLink;
import uk.org.wmca.planforgrowth.fact.FactView;
import uk.org.wmca.planforgrowth.query.Included;
import uk.org.wmca.planforgrowth.source.SourceView;
import uk.org.wmca.planforgrowth.theme.ThemeSummary;

/** An intervention as listed or linked from a theme. */
@Schema(name = "InterventionSummary", description = "An intervention as it appears in lists and inside themes.")
public record InterventionSummary(
        @Schema(examples = "early-growth-fund", required = true)
        String slug,

        @Schema(description = "Stable letter of the intervention.", examples = "D", required = true)
        String code,

        @Schema(examples = "4", required = true) int position,

        @Schema(examples = "Early Growth Fund", required = true)
        String name,

        @Schema(required = true) String summary,
        @Schema(required = true) SelfLink links,

        @Included
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Delivery themes that draw on the intervention. Only with include=themes.")
        List<ThemeSummary> themes,

        @Included
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Figures about the intervention. Only with include=facts.")
        List<FactView> facts,

        @Included
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "What the intervention's content cites. Only with include=sources.")
        List<SourceView> sources) {

    public static final String PATH = "/api/v1/interventions/";

    public static InterventionSummary from(Intervention intervention) {
        return from(intervention, Set.of());
    }

    /** The summary with the relations named in {@code include}. */
    public static InterventionSummary from(Intervention intervention, Set<String> include) {
        return new InterventionSummary(
                intervention.slug,
                intervention.code,
                intervention.position,
                intervention.name,
                intervention.summary,
                SelfLink.of(PATH + intervention.slug),
                include.contains("themes")
                        ? intervention.themes.stream().map(ThemeSummary::from).toList()
                        : null,
                include.contains("facts")
                        ? intervention.facts.stream().map(FactView::from).toList()
                        : null,
                include.contains("sources")
                        ? intervention.sources.stream().map(SourceView::from).toList()
                        : null);
    }
}
