package uk.org.wmca.planforgrowth.cluster;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import uk.org.wmca.planforgrowth.place.Place;

/** Finds clusters by slug, by kind and by the places they name. */
@ApplicationScoped
public class ClusterRepository implements PanacheRepository<Cluster> {

    public static final Sort DEFAULT_ORDER = Sort.by("position").and("slug");

    public Optional<Cluster> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public PanacheQuery<Cluster> findByKind(ClusterKind kind) {
        return find("kind", DEFAULT_ORDER, kind);
    }

    public List<Cluster> listNaming(Place place) {
        return find(
                        "select c from Cluster c join c.places p where p = ?1",
                        Sort.by("c.position").and("c.slug"),
                        place)
                .list();
    }
}
