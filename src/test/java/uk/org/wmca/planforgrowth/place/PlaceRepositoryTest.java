package uk.org.wmca.planforgrowth.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.wmca.planforgrowth.cluster.ClusterRepository;

/** Look-ups of places by slug or GSS code, and the clusters naming a place. */
@QuarkusTest
class PlaceRepositoryTest {

    @Inject
    PlaceRepository places;

    @Inject
    ClusterRepository clusters;

    @ParameterizedTest
    @ValueSource(strings = {"coventry", "E08000026", "e08000026"})
    @TestTransaction
    void shouldFindByEitherKey(String key) {
        assertEquals("coventry", places.findBySlugOrGssCode(key).orElseThrow().slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"E99999999", "", "Coventry", "coventry ", "E0800002", "E080000266", "%", "' or 1=1 --"})
    @TestTransaction
    void shouldFindNothingForKeysThatMatchNoPlace(String key) {
        assertTrue(places.findBySlugOrGssCode(key).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sandwell", "stratford-on-avon"})
    @TestTransaction
    void shouldListTheClustersNamingAPlace(String slug) {
        Place place = places.findBySlugOrGssCode(slug).orElseThrow();
        assertEquals("electric-light-vehicles", clusters.listNaming(place).get(0).slug);
    }
}
