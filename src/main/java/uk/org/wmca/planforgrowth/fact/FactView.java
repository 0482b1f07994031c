package uk.org.wmca.planforgrowth.fact;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.cluster.ClusterSummary;
import uk.org.wmca.planforgrowth.common.SelfLink;
import uk.org.wmca.planforgrowth.query.Included;
import uk.org.wmca.planforgrowth.source.SourceView;

/** A figure as the API shows it, always with its source. */
@Schema(name = "Fact", description = "A figure with its provenance. Every number the API publishes is one of these.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FactView(
        @Schema(description = "Stable public id.", examples = "primary-clusters-gva-uplift", required = true)
        String id,

        @Schema(description = "What the figure is.", required = true)
        String label,

        @Schema(
                description = "The figure when it is a single number; null for a range or an unconfirmed figure.",
                nullable = true,
                examples = "88000000")
        BigDecimal value,

        @Schema(description = "Lower end of a range; null otherwise.", nullable = true, examples = "2900000000")
        BigDecimal min,

        @Schema(description = "Upper end of a range; null otherwise.", nullable = true, examples = "3200000000")
        BigDecimal max,

        @Schema(description = "Unit of value, min and max.", examples = "GBP", required = true)
        String unit,

        @Schema(description = "What is measured.", examples = "gva", required = true)
        String measure,

        @Schema(
                description =
                        "How the source words the figure when it is not exact: about, or more-than; null when exact.",
                nullable = true,
                examples = "about")
        String qualifier,

        @Schema(description = "Period the figure covers, in words.", nullable = true, examples = "over three years")
        String period,

        @Schema(
                description = "Year by which the figure is expected, when the source states one.",
                nullable = true,
                examples = "2030")
        Integer horizonYear,

        @Schema(
                description = "Area the figure is about.",
                examples = "West Midlands Combined Authority area",
                required = true)
        String geography,

        @Schema(
                description =
                        "confirmed: stated by the source; inferred: follows from confirmed facts; unconfirmed: could not be checked, so value, min and max are null.",
                enumeration = {"confirmed", "inferred", "unconfirmed"},
                required = true)
        String status,

        @Schema(description = "Caveats.", nullable = true) String note,

        @Schema(
                description =
                        "false for a background figure from another source: it is NOT a Plan for Growth figure, and the API never uses it as a cluster's growth or a headline figure of the plan. true for the plan's own figures and the sources' figures about its programmes.",
                examples = "true",
                required = true)
        boolean planFigure,

        @Schema(required = true) SourceView source,

        @Schema(description = "Further sources that state the same figure; empty when there are none.", required = true)
        List<SourceView> otherSources,

        @Schema(required = true) SelfLink links,

        @Included
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Clusters that cite the figure. Only with include=clusters.")
        List<ClusterSummary> clusters) {

    public static final String PATH = "/api/v1/facts/";

    public static FactView from(Fact fact) {
        return from(fact, Set.of());
    }

    /** The fact with the relations named in {@code include}. */
    public static FactView from(Fact fact, Set<String> include) {
        return new FactView(
                fact.slug,
                fact.label,
                plain(fact.amount),
                plain(fact.amountMin),
                plain(fact.amountMax),
                fact.unit,
                fact.measure,
                fact.qualifier,
                fact.period,
                fact.horizonYear,
                fact.geography,
                fact.status.wireName(),
                fact.note,
                fact.planFigure,
                SourceView.from(fact.source),
                fact.otherSources.stream().map(SourceView::from).toList(),
                SelfLink.of(PATH + fact.slug),
                include.contains("clusters")
                        ? fact.clusters.stream().map(ClusterSummary::from).toList()
                        : null);
    }

    /** Drops the database's trailing zeros so that 88000000.0000 is published as 88000000. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
