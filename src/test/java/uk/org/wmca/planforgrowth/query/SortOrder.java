package uk.org.wmca.planforgrowth.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The documented order of a list: the sort keys in turn, then the item key ascending. Text keys compare by
 * {@link SearchText#sortKey}, enums and codes as strings, numbers numerically; nulls come last in both directions.
 *
 * @param keys the sort keys, in order
 * @param tieBreak the item key ({@code slug} or {@code id}), which orders items equal on every sort key
 */
record SortOrder(List<Key> keys, String tieBreak) {

    /** One sort key and its direction. */
    record Key(ListSpec.SortField field, boolean descending) {}

    /** The order a {@code sort} parameter asks for, e.g. {@code -kind,name}. */
    static SortOrder parse(ListSpec list, String sort) {
        List<Key> keys = new ArrayList<>();
        for (String token : sort.split(",")) {
            String key = token.trim();
            boolean descending = key.startsWith("-");
            String name = descending ? key.substring(1) : key;
            keys.add(new Key(list.sort(name).orElseThrow(), descending));
        }
        return new SortOrder(keys, list.key());
    }

    /** The order without {@code sort} and without {@code q}. */
    static SortOrder defaultOf(ListSpec list) {
        return list.defaultSort().isEmpty()
                ? new SortOrder(List.of(), list.key())
                : parse(list, String.join(",", list.defaultSort()));
    }

    /**
     * Compares two items as the order does: negative when {@code a} comes first. Empty when it cannot tell, because a
     * member it needs was left out of the response (by {@code fields}).
     */
    OptionalInt compare(JsonNode a, JsonNode b) {
        for (Key key : keys) {
            String name = key.field().name();
            if (!a.has(name) || !b.has(name)) {
                return OptionalInt.empty();
            }
            int order = compareValues(key, a.get(name), b.get(name));
            if (order != 0) {
                return OptionalInt.of(order);
            }
        }
        if (!a.has(tieBreak) || !b.has(tieBreak)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(a.get(tieBreak).asText().compareTo(b.get(tieBreak).asText()));
    }

    private static int compareValues(Key key, JsonNode a, JsonNode b) {
        if (a.isNull() || b.isNull()) {
            return Boolean.compare(a.isNull(), b.isNull()); // nulls last, whatever the direction
        }
        int ascending = switch (key.field().type()) {
            case TEXT -> SearchText.sortKey(a.asText()).compareTo(SearchText.sortKey(b.asText()));
            case STRING -> a.asText().compareTo(b.asText());
            case NUMBER -> a.decimalValue().compareTo(b.decimalValue());
        };
        return key.descending() ? -ascending : ascending;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        keys.forEach(
                key -> parts.add((key.descending() ? "-" : "") + key.field().name()));
        parts.add(tieBreak);
        return String.join(",", parts);
    }
}
