package uk.org.wmca.planforgrowth.embed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.org.wmca.planforgrowth.cluster.ClusterSummary;
import uk.org.wmca.planforgrowth.cluster.ClusterView;
import uk.org.wmca.planforgrowth.fact.FactView;
import uk.org.wmca.planforgrowth.place.PlaceSummary;
import uk.org.wmca.planforgrowth.place.PlaceView;
import uk.org.wmca.planforgrowth.source.SourceView;
import uk.org.wmca.planforgrowth.theme.ThemeView;

/** Turns the published views of clusters, themes and places into {@link Card}s: the one place cards get their words. */
public final class Cards {

    /** Figures a card shows at most, so that it stays compact. */
    static final int MAX_FIGURES = 4;

    private Cards() {}

    /** The card of a published detail view, as a type's descriptor finds it ({@code ContentType#cardView}). */
    static Card of(Object view) {
        if (view instanceof ClusterView cluster) {
            return of(cluster);
        }
        if (view instanceof ThemeView theme) {
            return of(theme);
        }
        if (view instanceof PlaceView place) {
            return of(place);
        }
        throw new IllegalArgumentException("No card for " + view.getClass().getSimpleName());
    }

    public static Card of(ClusterView cluster) {
        List<FactView> facts = new ArrayList<>();
        if (cluster.growth() != null) {
            addIfPresent(facts, cluster.growth().output());
            addIfPresent(facts, cluster.growth().jobs());
        }
        cluster.facts().forEach(fact -> addIfPresent(facts, fact));
        List<String> shows = new ArrayList<>();
        List<Card.Figure> figures = figures(facts, shows);
        cluster.places().stream().map(place -> place.links().self()).forEach(shows::add);
        String kicker = ("nascent".equals(cluster.kind()) ? "Nascent cluster" : "Primary cluster")
                + ("inferred".equals(cluster.nameStatus()) ? " (name inferred)" : "")
                + ("inferred".equals(cluster.planDocumentNameStatus()) ? " (match to the plan's name inferred)" : "");
        return new Card(
                "cluster",
                kicker,
                cluster.name(),
                cluster.summary(),
                cluster.growth() == null ? null : cluster.growth().basis(),
                "Key figures",
                figures,
                "Places",
                cluster.places().stream().map(PlaceSummary::name).toList(),
                "The cluster's profile names no places.",
                cluster.links().self(),
                embedPath(cluster.links().self()),
                Card.shows(cluster.links().self(), shows));
    }

    public static Card of(ThemeView theme) {
        List<String> shows = new ArrayList<>();
        List<Card.Figure> figures = figures(theme.facts(), shows);
        theme.clusters().stream().map(cluster -> cluster.links().self()).forEach(shows::add);
        return new Card(
                "theme",
                "Delivery theme",
                theme.name(),
                theme.summary(),
                theme.formerName() == null || theme.formerName().equals(theme.name())
                        ? null
                        : "Formerly: " + theme.formerName(),
                "Key figures",
                figures,
                "Clusters",
                theme.clusters().stream().map(ClusterSummary::name).toList(),
                "No cluster is linked to this theme in the sources.",
                theme.links().self(),
                embedPath(theme.links().self()),
                Card.shows(theme.links().self(), shows));
    }

    public static Card of(PlaceView place) {
        List<String> shows = new ArrayList<>();
        SourceView source = place.source();
        if (source != null && source.links() != null) {
            shows.add(source.links().self());
        }
        place.clusters().stream().map(cluster -> cluster.links().self()).forEach(shows::add);
        boolean constituent = "constituent".equals(place.kind());
        String summary = place.name()
                + (constituent
                        ? " is a constituent local authority of the West Midlands Combined Authority."
                        : " is a local authority area outside the West Midlands Combined Authority that the plan"
                                + " names.");
        List<String> asides = new ArrayList<>();
        if (place.nameInPlan() != null && !place.nameInPlan().equals(place.name())) {
            asides.add("The plan calls it " + place.nameInPlan() + ".");
        }
        if (place.note() != null) {
            asides.add(place.note());
        }
        Card.Figure code = new Card.Figure(
                "ONS GSS code",
                place.gssCode(),
                "inferred".equals(place.status()) ? "area identified by inference" : null,
                source == null ? "" : source.title(),
                source == null ? null : safeUrl(source.url()));
        return new Card(
                "place",
                constituent ? "Constituent authority" : "Non-constituent authority",
                place.name(),
                summary,
                asides.isEmpty() ? null : String.join(" ", asides),
                "Identifier",
                List.of(code),
                "Clusters",
                place.clusters().stream().map(ClusterSummary::name).toList(),
                "No cluster profile names this place.",
                place.links().self(),
                embedPath(place.links().self()),
                Card.shows(place.links().self(), shows));
    }

    /** The card page of an item's API path: {@code /api/v1/clusters/x} → {@code /embed/clusters/x}. */
    public static String embedPath(String apiPath) {
        return "/embed/" + apiPath.substring("/api/v1/".length());
    }

    /** A link target only when it is http or https: a card never links to {@code javascript:} or {@code data:}. */
    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.trim() : null;
    }

    private static void addIfPresent(List<FactView> facts, FactView fact) {
        if (fact != null && facts.stream().noneMatch(f -> f.id().equals(fact.id()))) {
            facts.add(fact);
        }
    }

    private static List<Card.Figure> figures(List<FactView> facts, List<String> shows) {
        Map<String, Card.Figure> figures = new LinkedHashMap<>();
        for (FactView fact : facts) {
            if (figures.size() == MAX_FIGURES) {
                break;
            }
            shows.add(fact.links().self());
            if (fact.source() != null && fact.source().links() != null) {
                shows.add(fact.source().links().self());
            }
            figures.putIfAbsent(
                    fact.id(),
                    new Card.Figure(
                            fact.label(),
                            FigureText.value(fact),
                            FigureText.detail(fact),
                            fact.source() == null ? "" : fact.source().title(),
                            fact.source() == null ? null : safeUrl(fact.source().url())));
        }
        return List.copyOf(figures.values());
    }
}
