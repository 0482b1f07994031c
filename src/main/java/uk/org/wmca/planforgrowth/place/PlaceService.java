package uk.org.wmca.planforgrowth.place;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.org.wmca.planforgrowth.cluster.ClusterRepository;
import uk.org.wmca.planforgrowth.cluster.ClusterSummary;
import uk.org.wmca.planforgrowth.common.PageResult;
import uk.org.wmca.planforgrowth.query.ListDefinition;
import uk.org.wmca.planforgrowth.query.ListFilter;
import uk.org.wmca.planforgrowth.query.ListQueries;
import uk.org.wmca.planforgrowth.query.ListQuery;

/** Reads places and the clusters that name them. */
@ApplicationScoped
public class PlaceService {

    /** What the list of places can be asked for. */
    public static final ListDefinition<Place> LIST = ListDefinition.of(
                    "places", Place.class, PlaceSummary.class, "e.slug")
            .sort("name", "e.search.sortName")
            .sort("gssCode", "e.gssCode")
            .sort("kind", "e.kind")
            .defaultSort("name")
            .filter(ListFilter.fixed(
                    "kind",
                    "Only places of these kinds: constituent members of the Combined Authority or not.",
                    "e.kind in :kind",
                    PlaceKind.wireNames(),
                    PlaceKind::fromWireName))
            .filter(ListFilter.reference(
                    "cluster",
                    "Only places named by one of these clusters' profiles (slugs).",
                    "e.id in (select p.id from Cluster c join c.places p where c.slug in :cluster)",
                    new ListFilter.Reference("Cluster", List.of("slug"), "/api/v1/clusters"),
                    "electric-light-vehicles"))
            .include("clusters")
            .detail(PlaceView.class)
            .cards();

    private final PlaceRepository places;
    private final ClusterRepository clusters;
    private final ListQueries queries;

    PlaceService(PlaceRepository places, ClusterRepository clusters, ListQueries queries) {
        this.places = places;
        this.clusters = clusters;
        this.queries = queries;
    }

    /** A page of the list (or all of it when {@code whole} and no page is asked for), as the query asks. */
    @Transactional
    public PageResult<PlaceSummary> list(ListQuery query, boolean whole) {
        return queries.find(LIST, query, whole).toPage(item -> PlaceSummary.from(item, query.include()));
    }

    /** Finds a place by slug ({@code birmingham}) or ONS GSS code ({@code E08000025}). */
    @Transactional
    public Optional<PlaceView> find(String slugOrGssCode) {
        return places.findBySlugOrGssCode(slugOrGssCode)
                .map(place -> PlaceView.from(
                        place,
                        clusters.listNaming(place).stream()
                                .map(ClusterSummary::from)
                                .toList()));
    }
}
