package uk.org.wmca.planforgrowth.landing;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import uk.org.wmca.planforgrowth.cluster.Cluster;
import uk.org.wmca.planforgrowth.cluster.ClusterRepository;
import uk.org.wmca.planforgrowth.common.ApiConfig;
import uk.org.wmca.planforgrowth.embed.Card;
import uk.org.wmca.planforgrowth.embed.CardLookup;
import uk.org.wmca.planforgrowth.embed.EmbedCards;
import uk.org.wmca.planforgrowth.place.Place;
import uk.org.wmca.planforgrowth.place.PlaceRepository;
import uk.org.wmca.planforgrowth.theme.Theme;
import uk.org.wmca.planforgrowth.theme.ThemeRepository;

/**
 * What the landing page shows: the main endpoints with example calls, a gallery with one card of each type (the one
 * that shows the most) and its snippets, and an entry for every published cluster, theme and place.
 */
@ApplicationScoped
public class LandingPage {

    /** Width the gallery's heights are worked out for: a gallery column on a phone. */
    static final int GALLERY_WIDTH = 320;

    /**
     * One endpoint with an example call.
     *
     * @param path the endpoint as documented, e.g. {@code /api/v1/clusters/{slug}}
     * @param what what it answers
     * @param example a relative URL that works, for the link
     * @param curl the same call as a curl command line, absolute
     */
    public record Endpoint(String path, String what, String example, String curl) {}

    /**
     * One card in the gallery, with the three ways to embed it.
     *
     * @param heading what kind of card it is
     * @param card the card
     * @param framePath the relative URL the gallery frames
     * @param height the frame's height
     * @param snippet the iframe a partner pastes (absolute)
     * @param oembed the oEmbed URL for the card (absolute)
     * @param fragment the curl command line that fetches its fragment
     * @param theme the theme the gallery shows it in
     */
    public record Example(
            String heading,
            Card card,
            String framePath,
            int height,
            String snippet,
            String oembed,
            String fragment,
            String theme) {}

    /** An entry in the lists of every card: its id on the page ({@code cluster-aerospace}), name and card path. */
    public record Entry(String id, String name, String cardPath) {}

    /** The whole page. */
    public record Page(
            String origin,
            List<Endpoint> endpoints,
            List<Example> gallery,
            List<Entry> clusters,
            List<Entry> themes,
            List<Entry> places,
            String attributionTitle,
            String attributionUrl) {

        /** The page's oEmbed discovery link, absolute as consumers need it. */
        public String oembedHref() {
            return origin + "/oembed?url=" + URLEncoder.encode(origin + "/", StandardCharsets.UTF_8);
        }
    }

    private final ClusterRepository clusters;
    private final ThemeRepository themes;
    private final PlaceRepository places;
    private final CardLookup cards;
    private final ApiConfig.AttributionConfig attribution;

    LandingPage(
            ClusterRepository clusters,
            ThemeRepository themes,
            PlaceRepository places,
            CardLookup cards,
            ApiConfig config) {
        this.clusters = clusters;
        this.themes = themes;
        this.places = places;
        this.cards = cards;
        this.attribution = config.attribution();
    }

    @Transactional
    public Page build(String origin) {
        List<Cluster> allClusters = clusters.listAll(ClusterRepository.DEFAULT_ORDER);
        List<Theme> allThemes = themes.listAll(ThemeRepository.DEFAULT_ORDER);
        List<Place> allPlaces = places.listAll(Sort.by("name").and("slug"));
        Cluster cluster = richest(allClusters, c -> c.places.size() + c.facts.size());
        Theme theme = richest(allThemes, t -> t.clusters.size());
        Place place = richest(allPlaces, p -> p.clusters.size());
        String sampleCluster = cluster == null ? "electric-light-vehicles" : cluster.slug;
        String sampleTheme = theme == null ? "commitment-to-net-zero" : theme.slug;
        String samplePlace = place == null ? "E08000025" : place.gssCode;
        List<Example> gallery = new ArrayList<>();
        if (cluster != null) {
            gallery.add(example("A cluster", "clusters", cluster.slug, "light", origin));
        }
        if (theme != null) {
            gallery.add(example("A delivery theme", "themes", theme.slug, "light", origin));
        }
        if (place != null) {
            gallery.add(example("A place, in the dark theme", "places", place.gssCode, "dark", origin));
        }
        return new Page(
                origin,
                endpoints(origin, sampleCluster, sampleTheme, samplePlace),
                gallery,
                allClusters.stream()
                        .map(c -> new Entry("cluster-" + c.slug, c.name, "/embed/clusters/" + c.slug))
                        .toList(),
                allThemes.stream()
                        .map(t -> new Entry("theme-" + t.slug, t.name, "/embed/themes/" + t.slug))
                        .toList(),
                allPlaces.stream()
                        .map(p -> new Entry(
                                "place-" + p.slug, p.name + " (" + p.gssCode + ")", "/embed/places/" + p.slug))
                        .toList(),
                attribution.title(),
                attribution.url());
    }

    private Example example(String heading, String collection, String key, String theme, String origin) {
        Card card = cards.find(collection, key);
        String cardUrl = EmbedCards.cardUrl(card, theme, origin);
        String framePath = cardUrl.substring(origin.length());
        int height = EmbedCards.suggestedHeight(card, GALLERY_WIDTH);
        return new Example(
                heading,
                card,
                framePath,
                height,
                EmbedCards.iframe(
                        cardUrl,
                        EmbedCards.DEFAULT_WIDTH,
                        EmbedCards.suggestedHeight(card, EmbedCards.DEFAULT_WIDTH),
                        EmbedCards.frameTitle(card)),
                origin + "/oembed?url=" + URLEncoder.encode(cardUrl, StandardCharsets.UTF_8) + "&maxwidth=400",
                "curl -H 'Accept: text/html' '" + origin + card.apiPath() + "'",
                theme);
    }

    private static List<Endpoint> endpoints(String origin, String cluster, String theme, String place) {
        return List.of(
                endpoint("/api/v1", "Index: links to every collection and to the documentation", "/api/v1", origin),
                endpoint(
                        "/api/v1/plan", "The plan: summary, aim, principles, headline figures", "/api/v1/plan", origin),
                endpoint("/api/v1/themes", "The delivery themes (paged)", "/api/v1/themes", origin),
                endpoint(
                        "/api/v1/themes/{slug}",
                        "One theme with its interventions, figures and sources",
                        "/api/v1/themes/" + theme + "?format=json",
                        origin),
                endpoint(
                        "/api/v1/clusters",
                        "Clusters: filter, search, sort, sparse fields, include, CSV",
                        "/api/v1/clusters?kind=primary&fields=slug,name",
                        origin),
                endpoint(
                        "/api/v1/clusters/{slug}",
                        "One cluster with its growth figures, places, facts and sources",
                        "/api/v1/clusters/" + cluster + "?format=json",
                        origin),
                endpoint(
                        "/api/v1/places/{slugOrGssCode}",
                        "One place, by slug or ONS GSS code, with its clusters",
                        "/api/v1/places/" + place + "?format=json",
                        origin),
                endpoint("/api/v1/interventions", "The cross-cutting interventions", "/api/v1/interventions", origin),
                endpoint("/api/v1/facts", "Every published figure with its source", "/api/v1/facts?size=5", origin),
                endpoint("/api/v1/sources", "Every source cited", "/api/v1/sources", origin),
                endpoint("/api/v1/search", "One search over every type", "/api/v1/search?q=battery", origin));
    }

    private static Endpoint endpoint(String path, String what, String example, String origin) {
        return new Endpoint(path, what, example, "curl '" + origin + example + "'");
    }

    /** The item that shows the most, the first in order on a tie; null when there is none. */
    private static <T> T richest(List<T> items, ToIntFunction<T> size) {
        return items.stream().max(Comparator.comparingInt(size)).orElse(null);
    }
}
