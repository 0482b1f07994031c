package uk.org.wmca.planforgrowth.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import uk.org.wmca.planforgrowth.common.PageRequest;
import uk.org.wmca.planforgrowth.common.PageResult;
import uk.org.wmca.planforgrowth.common.Paging;

/** Reads clusters: light summaries for lists, the whole cluster for one. */
@ApplicationScoped
public class ClusterService {

    private final ClusterRepository clusters;

    ClusterService(ClusterRepository clusters) {
        this.clusters = clusters;
    }

    /** Lists clusters in display order, all kinds when {@code kind} is empty. */
    @Transactional
    public PageResult<ClusterSummary> list(Optional<ClusterKind> kind, PageRequest page) {
        return Paging.page(
                        kind.map(clusters::findByKind)
                                .orElseGet(() -> clusters.findAll(ClusterRepository.DEFAULT_ORDER)),
                        page)
                .map(ClusterSummary::from);
    }

    @Transactional
    public Optional<ClusterView> find(String slug) {
        return clusters.findBySlug(slug).map(ClusterView::from);
    }
}
