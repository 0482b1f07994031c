package uk.org.wmca.planforgrowth.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.org.wmca.planforgrowth.common.PageResult;
import uk.org.wmca.planforgrowth.query.ListDefinition;
import uk.org.wmca.planforgrowth.query.ListFilter;
import uk.org.wmca.planforgrowth.query.ListQueries;
import uk.org.wmca.planforgrowth.query.ListQuery;

/** Reads clusters: light summaries for lists, the whole cluster for one. */
@ApplicationScoped
public class ClusterService {

    /** What the list of clusters can be asked for. */
    public static final ListDefinition<Cluster> LIST = ListDefinition.of(
                    "clusters", Cluster.class, ClusterSummary.class, "e.slug")
            .sort("position", "e.position")
            .sort("name", "e.search.sortName")
            .sort("kind", "e.kind")
            .defaultSort("position")
            .filter(ListFilter.fixed(
                    "kind",
                    "Only clusters of these kinds.",
                    "e.kind in :kind",
                    ClusterKind.wireNames(),
                    ClusterKind::fromWireName))
            .filter(ListFilter.reference(
                    "place",
                    "Only clusters whose profile names one of these places (slugs or ONS GSS codes).",
                    "e.id in (select c.id from Cluster c join c.places p where p.slug in :place or p.gssCode in :place)",
                    new ListFilter.Reference("Place", List.of("slug", "gssCode"), "/api/v1/places"),
                    "coventry"))
            .filter(ListFilter.reference(
                    "theme",
                    "Only clusters that one of these delivery themes bears on (slugs).",
                    "e.id in (select c.id from Theme t join t.clusters c where t.slug in :theme)",
                    new ListFilter.Reference("Theme", List.of("slug"), "/api/v1/themes"),
                    "commitment-to-net-zero"))
            .filter(ListFilter.bool(
                    "inPlanDocument",
                    "Only clusters that are (true) or are not (false) among the 2022 plan document's clusters.",
                    "e.inPlanDocument in :inPlanDocument"))
            .include("places", "facts", "sources", "themes")
            .detail(ClusterView.class, "themes")
            .cards();

    private final ClusterRepository clusters;
    private final ListQueries queries;

    ClusterService(ClusterRepository clusters, ListQueries queries) {
        this.clusters = clusters;
        this.queries = queries;
    }

    /** A page of the list (or all of it when {@code whole} and no page is asked for), as the query asks. */
    @Transactional
    public PageResult<ClusterSummary> list(ListQuery query, boolean whole) {
        return queries.find(LIST, query, whole).toPage(item -> ClusterSummary.from(item, query.include()));
    }

    @Transactional
    public Optional<ClusterView> find(String slug, Set<String> include) {
        return clusters.findBySlug(slug).map(cluster -> ClusterView.from(cluster, include));
    }
}
