package uk.org.wmca.planforgrowth.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.cluster.ClusterSummary;
import uk.org.wmca.planforgrowth.common.SelfLink;
import uk.org.wmca.planforgrowth.fact.FactView;
import uk.org.wmca.planforgrowth.intervention.InterventionSummary;
import uk.org.wmca.planforgrowth.source.SourceView;
import uk.org.wmca.planforgrowth.theme.ThemeSummary;

/** The plan's summary page: what it is, its principles, headline figures and links to everything in it. */
@Schema(name = "Plan", description = "The Plan for Growth: summary, aim, principles, headline figures and its parts.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlanView(
        @Schema(examples = "West Midlands Plan for Growth", required = true)
        String title,

        @Schema(required = true) String summary,
        @Schema(required = true) String aim,

        @Schema(description = "How the plan sets out to reach its aim: backing clusters.", required = true)
        String approach,

        @Schema(required = true) String governance,
        @Schema(required = true) String deliveryPartners,

        @Schema(examples = "West Midlands Combined Authority", required = true)
        String publisher,

        @Schema(
                description = "Year and month of first publication.",
                pattern = "^[0-9]{4}-[0-9]{2}$",
                examples = "2022-12",
                required = true)
        String firstPublished,

        @Schema(description = "Source of the publication date.", required = true)
        SourceView firstPublishedSource,

        @Schema(description = "Caveats on the publication date.", nullable = true)
        String firstPublishedNote,

        @Schema(
                description =
                        "Who signed the plan's foreword, in the order they sign, with the role each signed in (source: the foreword, wmca-plan-for-growth-foreword in sources).",
                required = true)
        List<SignatoryView> forewordSignatories,

        @Schema(required = true) List<PrincipleView> principles,

        @Schema(description = "The plan's headline figures, each with its source.", required = true)
        List<FactView> headlineFacts,

        @Schema(description = "The delivery themes, in order.", required = true)
        List<ThemeSummary> themes,

        @Schema(description = "The primary clusters, in order.", required = true)
        List<ClusterSummary> clusters,

        @Schema(description = "The nascent clusters the plan names as examples.", required = true)
        List<ClusterSummary> nascentClusters,

        @Schema(description = "The cross-cutting interventions that are confirmed.", required = true)
        List<InterventionSummary> interventions,

        @Schema(required = true) List<SourceView> sources,
        @Schema(required = true) SelfLink links) {

    public static final String PATH = "/api/v1/plan";

    /** A guiding principle of the plan. */
    @Schema(name = "Principle")
    public record PrincipleView(
            @Schema(examples = "1", required = true) int position,

            @Schema(examples = "Collaborative leadership", required = true)
            String name,

            @Schema(required = true) String summary) {

        static PrincipleView from(Principle principle) {
            return new PrincipleView(principle.position, principle.name, principle.summary);
        }
    }

    /** Someone who signed the plan's foreword. */
    @Schema(name = "Signatory")
    public record SignatoryView(
            @Schema(examples = "Andy Street", required = true)
            String name,

            @Schema(
                    description = "The role they signed in, as the foreword gives it.",
                    examples = "Mayor of the West Midlands",
                    required = true)
            String role) {

        static SignatoryView from(Signatory signatory) {
            return new SignatoryView(signatory.name, signatory.role);
        }
    }

    public static PlanView from(
            Plan plan,
            List<ThemeSummary> themes,
            List<ClusterSummary> clusters,
            List<ClusterSummary> nascentClusters,
            List<InterventionSummary> interventions) {
        return new PlanView(
                plan.title,
                plan.summary,
                plan.aim,
                plan.approach,
                plan.governance,
                plan.deliveryPartners,
                plan.publisher,
                plan.firstPublished,
                SourceView.from(plan.firstPublishedSource),
                plan.firstPublishedNote,
                plan.forewordSignatories.stream().map(SignatoryView::from).toList(),
                plan.principles.stream().map(PrincipleView::from).toList(),
                plan.headlineFacts.stream().map(FactView::from).toList(),
                themes,
                clusters,
                nascentClusters,
                interventions,
                plan.sources.stream().map(SourceView::from).toList(),
                SelfLink.of(PATH));
    }
}
