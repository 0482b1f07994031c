package uk.org.wmca.planforgrowth.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.wmca.planforgrowth.common.InvalidParameterException;
import uk.org.wmca.planforgrowth.common.PageRequest;
import uk.org.wmca.planforgrowth.common.PageResult;
import uk.org.wmca.planforgrowth.common.Problem;

/**
 * Runs a {@link ListQuery} against the database as one HQL query for the items and one for the exact total. Filters
 * and search terms are bound parameters, never spliced text; sort keys come from the definition's whitelist.
 */
@ApplicationScoped
public class ListQueries {

    /** The most valid values a 400 lists for a reference filter; beyond that it points at the list. */
    static final int MAX_LISTED_VALUES = 50;

    private final EntityManager entityManager;

    ListQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One result: the items of the page asked for (or all of them) and the exact total. */
    public record Found<E>(List<E> items, long total, PageRequest request) {

        public <R> PageResult<R> toPage(java.util.function.Function<E, R> mapper) {
            return new PageResult<>(items.stream().map(mapper).toList(), request, total);
        }
    }

    /**
     * Finds the items of a list. Without a page in the query, {@code wholeWhenUnpaged} returns every item (CSV);
     * otherwise the first page of the default size.
     */
    public <E> Found<E> find(ListDefinition<E> definition, ListQuery query, boolean wholeWhenUnpaged) {
        checkReferences(definition, query);
        Map<String, Object> parameters = new HashMap<>();
        String where = where(definition, query, parameters);
        String from = " from " + definition.entityName() + " e" + where;

        TypedQuery<Long> count = entityManager.createQuery("select count(e)" + from, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();

        TypedQuery<E> select =
                entityManager.createQuery("select e" + from + orderBy(definition, query), definition.entity());
        parameters.forEach(select::setParameter);
        PageRequest request;
        if (query.page().isEmpty() && wholeWhenUnpaged) {
            request = new PageRequest(1, (int) Math.max(1, Math.min(total, Integer.MAX_VALUE)));
        } else {
            request = query.page().orElse(PageRequest.parse(null, null));
            new PageResult<>(List.of(), request, total).requireExistingPage();
            select.setFirstResult((int) request.offset()).setMaxResults(request.size());
        }
        return new Found<>(select.getResultList(), total, request);
    }

    /** An item found by a search: its key and relevance (0 name, 1 summary, 2 body). */
    public record Ranked(String key, int rank) {}

    /** The keys of every item of a list matching a search, by relevance, then in the list's default order. */
    public List<Ranked> rank(ListDefinition<?> definition, ListQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String hql = "select e.slug, " + relevance(query.terms().size()) + " from " + definition.entityName() + " e"
                + where(definition, query, parameters) + orderBy(definition, query);
        TypedQuery<Object[]> select = entityManager.createQuery(hql, Object[].class);
        parameters.forEach(select::setParameter);
        return select.getResultList().stream()
                .map(row -> new Ranked((String) row[0], ((Number) row[1]).intValue()))
                .toList();
    }

    /** Items of a list by key, in no particular order. */
    public <E> List<E> findByKeys(ListDefinition<E> definition, List<String> keys) {
        return entityManager
                .createQuery(
                        "select e from " + definition.entityName() + " e where e.slug in :keys", definition.entity())
                .setParameter("keys", keys)
                .getResultList();
    }

    private static String where(ListDefinition<?> definition, ListQuery query, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        query.filters().forEach((name, values) -> {
            ListFilter filter = definition.filters().get(name);
            conditions.add("(" + filter.condition() + ")");
            parameters.put(name, values.stream().map(filter.convert()).toList());
        });
        for (int i = 0; i < query.terms().size(); i++) {
            String term = ":term" + i;
            conditions.add("(e.search.name like " + term + " or e.search.summary like " + term
                    + " or e.search.body like " + term + ")");
            parameters.put("term" + i, "% " + query.terms().get(i) + "%");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /**
     * The order: the sort asked for; else, with a search, relevance (every word in the name, then in the name or
     * summary, then anywhere) followed by the default order; else the default order. The tie-break always ends it,
     * so that pages never overlap or skip.
     */
    private static String orderBy(ListDefinition<?> definition, ListQuery query) {
        List<String> keys = new ArrayList<>();
        if (query.sort().isEmpty() && !query.terms().isEmpty()) {
            keys.add(relevance(query.terms().size()));
        }
        for (SortKey key : query.sort().isEmpty() ? definition.defaultSort() : query.sort()) {
            keys.add(definition.sorts().get(key.field())
                    + (key.descending() ? " desc" : " asc")
                    + (definition.isNullable(key.field()) ? " nulls last" : ""));
        }
        keys.add(definition.tieBreak() + " asc");
        return " order by " + String.join(", ", keys);
    }

    /** 0 when every word starts a word of the name, 1 when of the name or summary, 2 otherwise. */
    static String relevance(int terms) {
        List<String> inName = new ArrayList<>();
        List<String> inNameOrSummary = new ArrayList<>();
        for (int i = 0; i < terms; i++) {
            inName.add("e.search.name like :term" + i);
            inNameOrSummary.add("(e.search.name like :term" + i + " or e.search.summary like :term" + i + ")");
        }
        return "case when " + String.join(" and ", inName) + " then 0 when " + String.join(" and ", inNameOrSummary)
                + " then 1 else 2 end";
    }

    /** Refuses a reference filter value that names no item, listing the valid ones (or where to find them). */
    private void checkReferences(ListDefinition<?> definition, ListQuery query) {
        List<Problem.FieldError> errors = new ArrayList<>();
        query.filters().forEach((name, values) -> {
            ListFilter filter = definition.filters().get(name);
            if (!filter.isReference()) {
                return;
            }
            ListFilter.Reference reference = filter.reference();
            String matches = reference.keys().stream()
                    .map(key -> "x." + key + " in :values")
                    .collect(Collectors.joining(" or "));
            String select = reference.keys().stream().map(key -> "x." + key).collect(Collectors.joining(", "));
            List<Object> found = entityManager
                    .createQuery(
                            "select " + select + " from " + reference.entity() + " x where " + matches, Object.class)
                    .setParameter("values", values)
                    .getResultList();
            Set<String> known = new HashSet<>();
            for (Object row : found) {
                if (row instanceof Object[] columns) {
                    for (Object column : columns) {
                        known.add(String.valueOf(column));
                    }
                } else {
                    known.add(String.valueOf(row));
                }
            }
            List<String> unknown =
                    values.stream().filter(v -> !known.contains(v)).toList();
            if (!unknown.isEmpty()) {
                errors.add(unknownReference(filter, unknown));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
    }

    private Problem.FieldError unknownReference(ListFilter filter, List<String> unknown) {
        ListFilter.Reference reference = filter.reference();
        String firstKey = reference.keys().get(0);
        List<String> valid = entityManager
                .createQuery(
                        "select x." + firstKey + " from " + reference.entity() + " x order by x." + firstKey,
                        String.class)
                .setMaxResults(MAX_LISTED_VALUES + 1)
                .getResultList();
        String listed = valid.size() > MAX_LISTED_VALUES
                ? String.join(", ", valid.subList(0, MAX_LISTED_VALUES)) + ", … (all at " + reference.path() + ")"
                : String.join(", ", valid);
        return Problem.FieldError.query(
                filter.name(),
                (unknown.size() == 1
                                ? "No " + filter.name() + " '" + unknown.get(0) + "'"
                                : "No " + filter.name() + " "
                                        + unknown.stream()
                                                .map(v -> "'" + v + "'")
                                                .collect(Collectors.joining(", ")))
                        + ". Valid values: " + listed + ".",
                valid.size() > MAX_LISTED_VALUES ? valid.subList(0, MAX_LISTED_VALUES) : valid);
    }
}
