package uk.org.wmca.planforgrowth.source;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Finds sources by their public id. */
@ApplicationScoped
public class SourceRepository implements PanacheRepository<Source> {

    public static final Sort DEFAULT_ORDER = Sort.by("slug");

    public Optional<Source> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
