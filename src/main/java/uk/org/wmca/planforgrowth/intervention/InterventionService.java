package uk.org.wmca.planforgrowth.intervention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.org.wmca.planforgrowth.common.PageResult;
import uk.org.wmca.planforgrowth.query.ListDefinition;
import uk.org.wmca.planforgrowth.query.ListFilter;
import uk.org.wmca.planforgrowth.query.ListQueries;
import uk.org.wmca.planforgrowth.query.ListQuery;
import uk.org.wmca.planforgrowth.theme.ThemeRepository;
import uk.org.wmca.planforgrowth.theme.ThemeSummary;

/** Reads the cross-cutting interventions and the themes that draw on them. */
@ApplicationScoped
public class InterventionService {

    /** What the list of interventions can be asked for. */
    public static final ListDefinition<Intervention> LIST = ListDefinition.of(
                    "interventions", Intervention.class, InterventionSummary.class, "e.slug")
            .sort("position", "e.position")
            .sort("name", "e.search.sortName")
            .sort("code", "e.code")
            .defaultSort("position")
            .filter(ListFilter.reference(
                    "theme",
                    "Only interventions that one of these delivery themes draws on (slugs).",
                    "e.id in (select i.id from Theme t join t.interventions i where t.slug in :theme)",
                    new ListFilter.Reference("Theme", List.of("slug"), "/api/v1/themes"),
                    "skills-for-the-future"))
            .include("themes", "facts", "sources")
            .detail(InterventionView.class);

    private final InterventionRepository interventions;
    private final ThemeRepository themes;
    private final ListQueries queries;

    InterventionService(InterventionRepository interventions, ThemeRepository themes, ListQueries queries) {
        this.interventions = interventions;
        this.themes = themes;
        this.queries = queries;
    }

    /** A page of the list (or all of it when {@code whole} and no page is asked for), as the query asks. */
    @Transactional
    public PageResult<InterventionSummary> list(ListQuery query, boolean whole) {
        return queries.find(LIST, query, whole).toPage(item -> InterventionSummary.from(item, query.include()));
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
