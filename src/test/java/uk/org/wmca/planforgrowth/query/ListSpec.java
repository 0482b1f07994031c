package uk.org.wmca.planforgrowth.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The query language of one list as the API documents it, written out independently of the production
 * {@link ListDefinition}s so that the properties check the API against its description rather than against itself.
 *
 * @param collection the path segment under /api/v1
 * @param key the member that identifies an item: {@code slug}, or {@code id} for facts and sources
 * @param sorts the sort keys, each a member of the item
 * @param defaultSort the order without {@code sort} (and without {@code q}), before the tie-break on the key
 * @param filters the filters
 * @param includes the relations {@code include} adds, each a member of the item
 * @param searched members whose text search looks at; search also reads text the list does not show, so these only
 *     say which items a search must find, not which it may
 */
record ListSpec(
        String collection,
        String key,
        List<SortField> sorts,
        List<String> defaultSort,
        List<Filter> filters,
        List<String> includes,
        List<String> searched) {

    static final List<ListSpec> ALL = List.of(
            new ListSpec(
                    "themes",
                    "slug",
                    List.of(SortField.number("position"), SortField.text("name")),
                    List.of("position"),
                    List.of(Filter.reference("cluster", "clusters", "slug", "clusters.slug")),
                    List.of("clusters", "interventions", "facts", "sources"),
                    List.of("name", "formerName", "summary")),
            new ListSpec(
                    "clusters",
                    "slug",
                    List.of(SortField.number("position"), SortField.text("name"), SortField.string("kind")),
                    List.of("position"),
                    List.of(
                            Filter.fixed("kind", List.of("primary", "nascent")),
                            Filter.reference("place", "places", "slug", "places.slug", "gssCode", "places.gssCode"),
                            Filter.reference("theme", "themes", "slug", "themes.slug"),
                            Filter.fixed("inPlanDocument", List.of("true", "false"))),
                    List.of("places", "facts", "sources", "themes"),
                    List.of("name", "summary")),
            new ListSpec(
                    "interventions",
                    "slug",
                    List.of(SortField.number("position"), SortField.text("name"), SortField.string("code")),
                    List.of("position"),
                    List.of(Filter.reference("theme", "themes", "slug", "themes.slug")),
                    List.of("themes", "facts", "sources"),
                    List.of("name", "summary")),
            new ListSpec(
                    "places",
                    "slug",
                    List.of(SortField.text("name"), SortField.string("gssCode"), SortField.string("kind")),
                    List.of("name"),
                    List.of(
                            Filter.fixed("kind", List.of("constituent", "non-constituent")),
                            Filter.reference("cluster", "clusters", "slug", "clusters.slug")),
                    List.of("clusters"),
                    List.of("name", "gssCode")),
            new ListSpec(
                    "facts",
                    "id",
                    List.of(SortField.text("label"), SortField.string("status"), SortField.number("horizonYear")),
                    List.of(),
                    List.of(
                            Filter.fixed("status", List.of("confirmed", "inferred", "unconfirmed")),
                            Filter.reference("cluster", "clusters", "slug", "clusters.slug"),
                            Filter.reference("source", "sources", "id", "source.id")),
                    List.of("clusters"),
                    List.of("label", "note", "measure", "geography", "period")),
            new ListSpec(
                    "sources",
                    "id",
                    List.of(SortField.text("title")),
                    List.of(),
                    List.of(),
                    List.of("facts"),
                    List.of("title", "publisher")));

    /** Parameters every list takes besides its filters. */
    static final List<String> COMMON_PARAMETERS = List.of("q", "sort", "fields", "include", "format", "page", "size");

    static ListSpec named(String collection) {
        return ALL.stream()
                .filter(list -> list.collection.equals(collection))
                .findFirst()
                .orElseThrow();
    }

    String path() {
        return "/api/v1/" + collection;
    }

    /** Every query parameter the list accepts. */
    List<String> parameters() {
        List<String> names = new ArrayList<>(filters.stream().map(Filter::name).toList());
        names.addAll(COMMON_PARAMETERS);
        return names;
    }

    Optional<SortField> sort(String name) {
        return sorts.stream().filter(sort -> sort.name().equals(name)).findFirst();
    }

    Optional<Filter> filter(String name) {
        return filters.stream().filter(filter -> filter.name().equals(name)).findFirst();
    }

    /** How a sort key compares two values of its member. */
    enum SortType {
        /** Names, labels and titles: compared by {@link SearchText#sortKey}. */
        TEXT,
        /** Codes and enums: compared as their wire value, a string. */
        STRING,
        /** Compared numerically. */
        NUMBER
    }

    /** A sort key: {@code sort=name} orders by the member of the same name. */
    record SortField(String name, SortType type) {

        static SortField text(String name) {
            return new SortField(name, SortType.TEXT);
        }

        static SortField string(String name) {
            return new SortField(name, SortType.STRING);
        }

        static SortField number(String name) {
            return new SortField(name, SortType.NUMBER);
        }
    }

    /**
     * A filter. An item matches when a value at one of {@code paths} (dotted member paths, through lists) is among the
     * values asked for.
     *
     * @param name the query parameter
     * @param paths where in an item (fetched with every relation included) the filtered values are
     * @param fixedValues the valid values of a fixed filter; empty for a reference filter
     * @param referencedList for a reference filter, the list whose items the values name
     * @param referencedKeys the members of the referenced items that name them (slug, GSS code, id)
     */
    record Filter(
            String name,
            List<String> paths,
            List<String> fixedValues,
            String referencedList,
            List<String> referencedKeys) {

        static Filter fixed(String name, List<String> values) {
            return new Filter(name, List.of(name), values, null, List.of());
        }

        /** A reference filter given as pairs: a key of the referenced items and where that key is in an item. */
        static Filter reference(String name, String referencedList, String... keysAndPaths) {
            List<String> keys = new ArrayList<>();
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < keysAndPaths.length; i += 2) {
                keys.add(keysAndPaths[i]);
                paths.add(keysAndPaths[i + 1]);
            }
            return new Filter(name, paths, List.of(), referencedList, keys);
        }

        boolean isReference() {
            return referencedList != null;
        }
    }
}
