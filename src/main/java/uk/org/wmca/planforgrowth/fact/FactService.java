package uk.org.wmca.planforgrowth.fact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.org.wmca.planforgrowth.common.PageResult;
import uk.org.wmca.planforgrowth.query.ListDefinition;
import uk.org.wmca.planforgrowth.query.ListFilter;
import uk.org.wmca.planforgrowth.query.ListQueries;
import uk.org.wmca.planforgrowth.query.ListQuery;

/** Reads facts with their sources. */
@ApplicationScoped
public class FactService {

    /** What the list of facts can be asked for. */
    public static final ListDefinition<Fact> LIST = ListDefinition.of("facts", Fact.class, FactView.class, "e.slug")
            .sort("label", "e.search.sortName")
            .sort("status", "e.status")
            .sortNullable("horizonYear", "e.horizonYear")
            .filter(ListFilter.fixed(
                    "status",
                    "Only facts of these statuses.",
                    "e.status in :status",
                    Certainty.wireNames(),
                    Certainty::fromWireName))
            .filter(ListFilter.reference(
                    "cluster",
                    "Only facts cited by one of these clusters (slugs).",
                    "e.id in (select f.id from Cluster c join c.facts f where c.slug in :cluster)",
                    new ListFilter.Reference("Cluster", List.of("slug"), "/api/v1/clusters"),
                    "electric-light-vehicles"))
            .filter(ListFilter.reference(
                    "source",
                    "Only facts taken from one of these sources (ids).",
                    "e.source.slug in :source",
                    new ListFilter.Reference("Source", List.of("slug"), "/api/v1/sources"),
                    "wmca-cluster-growth-profiles"))
            .include("clusters")
            .detail(FactView.class);

    private final FactRepository facts;
    private final ListQueries queries;

    FactService(FactRepository facts, ListQueries queries) {
        this.facts = facts;
        this.queries = queries;
    }

    /** A page of the list (or all of it when {@code whole} and no page is asked for), as the query asks. */
    @Transactional
    public PageResult<FactView> list(ListQuery query, boolean whole) {
        return queries.find(LIST, query, whole).toPage(item -> FactView.from(item, query.include()));
    }

    @Transactional
    public Optional<FactView> find(String id) {
        return facts.findBySlug(id).map(FactView::from);
    }
}
