package uk.org.wmca.planforgrowth.source;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Finds sources by their public id. */
@ApplicationScoped
public class SourceRepository implements PanacheRepository<Source> {

    public Optional<Source> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
