package uk.org.wmca.planforgrowth.fact;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Finds facts by their public id, with their source. */
@ApplicationScoped
public class FactRepository implements PanacheRepository<Fact> {

    public Optional<Fact> findBySlug(String slug) {
        return find("from Fact f join fetch f.source where f.slug = ?1", slug).firstResultOptional();
    }
}
