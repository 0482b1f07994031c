package uk.org.wmca.planforgrowth.place;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import uk.org.wmca.planforgrowth.cluster.ClusterRepository;
import uk.org.wmca.planforgrowth.cluster.ClusterSummary;
import uk.org.wmca.planforgrowth.common.PageRequest;
import uk.org.wmca.planforgrowth.common.PageResult;
import uk.org.wmca.planforgrowth.common.Paging;

/** Reads places and the clusters that name them. */
@ApplicationScoped
public class PlaceService {

    private final PlaceRepository places;
    private final ClusterRepository clusters;

    PlaceService(PlaceRepository places, ClusterRepository clusters) {
        this.places = places;
        this.clusters = clusters;
    }

    @Transactional
    public PageResult<PlaceSummary> list(PageRequest page) {
        return Paging.page(places.findAll(PlaceRepository.DEFAULT_ORDER), page).map(PlaceSummary::from);
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
