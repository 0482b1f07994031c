package uk.org.wmca.planforgrowth.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import uk.org.wmca.planforgrowth.cluster.ClusterKind;
import uk.org.wmca.planforgrowth.cluster.ClusterRepository;
import uk.org.wmca.planforgrowth.cluster.ClusterSummary;
import uk.org.wmca.planforgrowth.intervention.InterventionRepository;
import uk.org.wmca.planforgrowth.intervention.InterventionSummary;
import uk.org.wmca.planforgrowth.theme.ThemeRepository;
import uk.org.wmca.planforgrowth.theme.ThemeSummary;

/** Reads the plan with links to all of its parts. */
@ApplicationScoped
public class PlanService {

    private final PlanRepository plans;
    private final ThemeRepository themes;
    private final ClusterRepository clusters;
    private final InterventionRepository interventions;

    PlanService(
            PlanRepository plans,
            ThemeRepository themes,
            ClusterRepository clusters,
            InterventionRepository interventions) {
        this.plans = plans;
        this.themes = themes;
        this.clusters = clusters;
        this.interventions = interventions;
    }

    @Transactional
    public Optional<PlanView> find() {
        return plans.findThePlan()
                .map(plan -> PlanView.from(
                        plan,
                        themes.listAll(ThemeRepository.DEFAULT_ORDER).stream()
                                .map(ThemeSummary::from)
                                .toList(),
                        clusters.findByKind(ClusterKind.PRIMARY).stream()
                                .map(ClusterSummary::from)
                                .toList(),
                        clusters.findByKind(ClusterKind.NASCENT).stream()
                                .map(ClusterSummary::from)
                                .toList(),
                        interventions.listAll(InterventionRepository.DEFAULT_ORDER).stream()
                                .map(InterventionSummary::from)
                                .toList()));
    }
}
