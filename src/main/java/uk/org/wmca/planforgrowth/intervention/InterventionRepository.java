package uk.org.wmca.planforgrowth.intervention;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Finds interventions by slug. */
@ApplicationScoped
public class InterventionRepository implements PanacheRepository<Intervention> {

    public static final Sort DEFAULT_ORDER = Sort.by("position").and("slug");

    public Optional<Intervention> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
