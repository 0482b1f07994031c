package uk.org.wmca.planforgrowth.theme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.org.wmca.planforgrowth.common.PageResult;
import uk.org.wmca.planforgrowth.query.ListDefinition;
import uk.org.wmca.planforgrowth.query.ListFilter;
import uk.org.wmca.planforgrowth.query.ListQueries;
import uk.org.wmca.planforgrowth.query.ListQuery;

/** Reads the delivery themes. */
@ApplicationScoped
public class ThemeService {

    /** What the list of themes can be asked for. */
    public static final ListDefinition<Theme> LIST = ListDefinition.of(
                    "themes", Theme.class, ThemeSummary.class, "e.slug")
            .sort("position", "e.position")
            .sort("name", "e.search.sortName")
            .defaultSort("position")
            .filter(ListFilter.reference(
                    "cluster",
                    "Only themes that bear on one of these clusters (slugs).",
                    "e.id in (select t.id from Theme t join t.clusters c where c.slug in :cluster)",
                    new ListFilter.Reference("Cluster", List.of("slug"), "/api/v1/clusters"),
                    "electric-light-vehicles"))
            .include("clusters", "interventions", "facts", "sources")
            .detail(ThemeView.class)
            .cards();

    private final ThemeRepository themes;
    private final ListQueries queries;

    ThemeService(ThemeRepository themes, ListQueries queries) {
        this.themes = themes;
        this.queries = queries;
    }

    /** A page of the list (or all of it when {@code whole} and no page is asked for), as the query asks. */
    @Transactional
    public PageResult<ThemeSummary> list(ListQuery query, boolean whole) {
        return queries.find(LIST, query, whole).toPage(item -> ThemeSummary.from(item, query.include()));
    }

    @Transactional
    public Optional<ThemeView> find(String slug) {
        return themes.findBySlug(slug).map(ThemeView::from);
    }
}
