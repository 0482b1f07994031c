package uk.org.wmca.planforgrowth.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.wmca.planforgrowth.common.Format;

/**
 * What one list lets a client ask for: its sort keys, named filters, searchable text and the relations it can
 * include. The query parser, the database query, the API description and the CSV columns all come from this one
 * definition, so they cannot disagree.
 *
 * @param <E> the entity listed
 */
public final class ListDefinition<E> {

    private final String collection;
    private final Class<E> entity;
    private final Class<?> itemType;
    private final String tieBreak;
    private final Map<String, String> sorts = new LinkedHashMap<>();
    private final Set<String> nullable = new HashSet<>();
    private final List<SortKey> defaultSort = new ArrayList<>();
    private final Map<String, ListFilter> filters = new LinkedHashMap<>();
    private final Set<String> includes = new LinkedHashSet<>();
    private final Set<String> detailIncludes = new LinkedHashSet<>();
    private Class<?> viewType;
    private List<Format> itemFormats = List.of(Format.JSON);

    private ListDefinition(String collection, Class<E> entity, Class<?> itemType, String tieBreak) {
        this.collection = collection;
        this.entity = entity;
        this.itemType = itemType;
        this.tieBreak = tieBreak;
    }

    /**
     * Starts a definition.
     *
     * @param collection the path segment under /api/v1, e.g. {@code clusters}
     * @param entity the entity listed (its HQL alias is {@code e})
     * @param itemType the record each item is published as
     * @param tieBreak a unique property that orders items with equal sort keys, e.g. {@code e.slug}
     */
    public static <E> ListDefinition<E> of(String collection, Class<E> entity, Class<?> itemType, String tieBreak) {
        return new ListDefinition<>(collection, entity, itemType, tieBreak);
    }

    /** Allows {@code sort=field} (and {@code -field}), ordering by an HQL expression on {@code e} that is never null. */
    public ListDefinition<E> sort(String field, String expression) {
        sorts.put(field, expression);
        return this;
    }

    /**
     * Allows sorting by an expression that may be null; empty values come last in both directions. Only such keys
     * say so in the query: a null order on a column that has none stops H2 from reading an index in order.
     */
    public ListDefinition<E> sortNullable(String field, String expression) {
        sorts.put(field, expression);
        nullable.add(field);
        return this;
    }

    public boolean isNullable(String field) {
        return nullable.contains(field);
    }

    /** The order when {@code sort} is absent, e.g. {@code "position"}; the tie-break always follows. */
    public ListDefinition<E> defaultSort(String... keys) {
        for (String key : keys) {
            defaultSort.add(SortKey.parse(key));
        }
        return this;
    }

    public ListDefinition<E> filter(ListFilter filter) {
        filters.put(filter.name(), filter);
        return this;
    }

    /**
     * Allows {@code include=name} on the list: each item then carries that relation, the item type's component of
     * that name, marked {@link Included}.
     */
    public ListDefinition<E> include(String... names) {
        includes.addAll(List.of(names));
        return this;
    }

    /** The record one item is published as, and the relations {@code include} adds to it. */
    public ListDefinition<E> detail(Class<?> type, String... includes) {
        viewType = type;
        detailIncludes.addAll(List.of(includes));
        return this;
    }

    /**
     * Publishes each item also as an HTML card ({@code Accept: text/html} or {@code format=fragment}), the card that
     * {@code /embed/<collection>/<key>} wraps in a page.
     */
    public ListDefinition<E> cards() {
        itemFormats = Format.CARD_ITEM_FORMATS;
        return this;
    }

    /** The formats one item is published in: JSON, and HTML when the type has {@link #cards()}. */
    public List<Format> itemFormats() {
        return itemFormats;
    }

    public String collection() {
        return collection;
    }

    public String path() {
        return "/api/v1/" + collection;
    }

    public Class<E> entity() {
        return entity;
    }

    public String entityName() {
        return entity.getSimpleName();
    }

    public Class<?> itemType() {
        return itemType;
    }

    public String tieBreak() {
        return tieBreak;
    }

    public Map<String, String> sorts() {
        return Collections.unmodifiableMap(sorts);
    }

    public List<SortKey> defaultSort() {
        return Collections.unmodifiableList(defaultSort);
    }

    public Map<String, ListFilter> filters() {
        return Collections.unmodifiableMap(filters);
    }

    public Set<String> includes() {
        return Collections.unmodifiableSet(includes);
    }

    public Class<?> viewType() {
        return viewType;
    }

    public Set<String> detailIncludes() {
        return Collections.unmodifiableSet(detailIncludes);
    }

    /** The values {@code sort} takes: every field, ascending and descending. */
    public List<String> sortValues() {
        List<String> values = new ArrayList<>();
        for (String field : sorts.keySet()) {
            values.add(field);
            values.add("-" + field);
        }
        return values;
    }
}
