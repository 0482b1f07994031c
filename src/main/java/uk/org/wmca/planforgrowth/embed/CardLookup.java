package uk.org.wmca.planforgrowth.embed;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import uk.org.wmca.planforgrowth.cluster.ClusterService;
import uk.org.wmca.planforgrowth.common.ResourceNotFoundException;
import uk.org.wmca.planforgrowth.place.PlaceService;
import uk.org.wmca.planforgrowth.theme.ThemeService;

/** Finds the card of a published cluster, theme or place by its collection and key, as the JSON reads find them. */
@ApplicationScoped
public class CardLookup {

    /** The collections that have cards, as in their paths: {@code /embed/<collection>/<key>}. */
    public static final List<String> COLLECTIONS = List.of("clusters", "themes", "places");

    private final ClusterService clusters;
    private final ThemeService themes;
    private final PlaceService places;

    CardLookup(ClusterService clusters, ThemeService themes, PlaceService places) {
        this.clusters = clusters;
        this.themes = themes;
        this.places = places;
    }

    /** The card; 404 when nothing is published under that key. */
    public Card find(String collection, String key) {
        return switch (collection) {
            case "clusters" ->
                clusters.find(key, Set.of())
                        .map(Cards::of)
                        .orElseThrow(() -> new ResourceNotFoundException("cluster", "slug", key));
            case "themes" ->
                themes.find(key).map(Cards::of).orElseThrow(() -> new ResourceNotFoundException("theme", "slug", key));
            case "places" ->
                places.find(key)
                        .map(Cards::of)
                        .orElseThrow(() -> new ResourceNotFoundException("place", "slug or GSS code", key));
            default -> throw new IllegalArgumentException("No cards of " + collection);
        };
    }
}
