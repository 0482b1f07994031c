package uk.org.wmca.planforgrowth.query;

import java.util.List;
import java.util.Objects;

/**
 * The text of an item that search looks at, as written, in three tiers of relevance: its names (the first is its
 * title and what {@code sort=name} orders by), its summaries and its body text. Nulls are dropped.
 */
public record SearchTexts(List<String> names, List<String> summaries, List<String> bodies) {

    public SearchTexts {
        names = names.stream().filter(Objects::nonNull).toList();
        summaries = summaries.stream().filter(Objects::nonNull).toList();
        bodies = bodies.stream().filter(Objects::nonNull).toList();
    }

    public String title() {
        return names.isEmpty() ? "" : names.get(0);
    }
}
