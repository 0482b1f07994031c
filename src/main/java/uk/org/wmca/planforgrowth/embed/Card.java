package uk.org.wmca.planforgrowth.embed;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one embed card shows, as text ready for the template: a cluster, a theme or a place, with its key figures
 * and their sources, and the related items it lists.
 *
 * @param type {@code cluster}, {@code theme} or {@code place}
 * @param kicker the line above the name, e.g. {@code Primary cluster}
 * @param name the item's name
 * @param summary one or two sentences about it
 * @param aside a further line under the summary (a former name, a caveat), or null
 * @param figuresHeading what the figures are, e.g. {@code Key figures}
 * @param figures the key figures, each with its source
 * @param relatedHeading what the related items are, e.g. {@code Places}
 * @param related the names of the related items
 * @param relatedNone what to say when there are none
 * @param apiPath the item's own API path, e.g. {@code /api/v1/clusters/aerospace}
 * @param embedPath the card's page, e.g. {@code /embed/clusters/aerospace}
 * @param shows the API paths of everything the card shows (the item, its figures, their sources, related items)
 */
public record Card(
        String type,
        String kicker,
        String name,
        String summary,
        String aside,
        String figuresHeading,
        List<Figure> figures,
        String relatedHeading,
        List<String> related,
        String relatedNone,
        String apiPath,
        String embedPath,
        Set<String> shows) {

    /**
     * One figure on a card.
     *
     * @param label what the figure is
     * @param value the figure in words, e.g. {@code £850m to £950m}
     * @param detail its horizon or caveat, or null
     * @param sourceTitle the title of its source
     * @param sourceUrl where to read the source (http or https only), or null to show the title alone
     */
    public record Figure(String label, String value, String detail, String sourceTitle, String sourceUrl) {}

    /** Collects the API paths a card shows, in order. */
    static Set<String> shows(String self, List<String> others) {
        Set<String> paths = new LinkedHashSet<>();
        paths.add(self);
        paths.addAll(others);
        return Set.copyOf(paths);
    }
}
