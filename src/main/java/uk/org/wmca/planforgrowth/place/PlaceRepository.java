package uk.org.wmca.planforgrowth.place;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds places by slug or by ONS GSS code. */
@ApplicationScoped
public class PlaceRepository implements PanacheRepository<Place> {

    private static final Pattern GSS_CODE = Pattern.compile("[A-Za-z][0-9]{8}");

    /** Looks a place up by its GSS code (any letter case) when the key has that shape, else by its slug. */
    public Optional<Place> findBySlugOrGssCode(String key) {
        if (GSS_CODE.matcher(key).matches()) {
            return find("from Place p join fetch p.source where p.gssCode = ?1", key.toUpperCase())
                    .firstResultOptional();
        }
        return find("from Place p join fetch p.source where p.slug = ?1", key).firstResultOptional();
    }
}
