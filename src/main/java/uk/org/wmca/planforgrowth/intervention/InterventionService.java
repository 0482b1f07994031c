package uk.org.wmca.planforgrowth.intervention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import uk.org.wmca.planforgrowth.common.PageRequest;
import uk.org.wmca.planforgrowth.common.PageResult;
import uk.org.wmca.planforgrowth.common.Paging;
import uk.org.wmca.planforgrowth.theme.ThemeRepository;
import uk.org.wmca.planforgrowth.theme.ThemeSummary;

/** Reads the cross-cutting interventions and the themes that draw on them. */
@ApplicationScoped
public class InterventionService {

    private final InterventionRepository interventions;
    private final ThemeRepository themes;

    InterventionService(InterventionRepository interventions, ThemeRepository themes) {
        this.interventions = interventions;
        this.themes = themes;
    }

    @Transactional
    public PageResult<InterventionSummary> list(PageRequest page) {
        return Paging.page(interventions.findAll(InterventionRepository.DEFAULT_ORDER), page)
                .map(InterventionSummary::from);
    }

    @Transactional
    public Optional<InterventionView> find(String slug) {
        return interventions
                .findBySlug(slug)
                .map(intervention -> InterventionView.from(
                        intervention,
                        themes.listDrawingOn(intervention).stream()
                                .map(ThemeSummary::from)
                                .toList()));
    }
}
