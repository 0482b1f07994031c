package uk.org.wmca.planforgrowth.query;

import java.util.stream.Stream;

/** The lists every query test runs over. */
final class QueryFixtures {

    private QueryFixtures() {}

    static Stream<String> everyList() {
        return Stream.of("themes", "clusters", "interventions", "places", "facts", "sources");
    }
}
