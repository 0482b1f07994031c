package uk.org.wmca.planforgrowth.theme;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import uk.org.wmca.planforgrowth.intervention.Intervention;

/** Finds delivery themes by slug and by the interventions they draw on. */
@ApplicationScoped
public class ThemeRepository implements PanacheRepository<Theme> {

    public static final Sort DEFAULT_ORDER = Sort.by("position").and("slug");

    public Optional<Theme> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Theme> listDrawingOn(Intervention intervention) {
        return find(
                        "select t from Theme t join t.interventions i where i = ?1",
                        Sort.by("t.position").and("t.slug"),
                        intervention)
                .list();
    }
}
