package uk.org.wmca.planforgrowth.query;

import java.util.List;
import java.util.function.Function;

/**
 * A named filter of a list, such as {@code kind} or {@code place}. Its value is a comma list: several values mean
 * any of them (OR); different filters all apply (AND). Values are either fixed ({@link #fixed}) or the keys of other
 * items ({@link #reference}); an unknown value is refused, never ignored.
 *
 * @param name the query parameter
 * @param description what it selects, for the API description
 * @param condition the HQL condition on the item {@code e}, with the values bound to {@code :name}
 * @param values the valid values when they are fixed; empty for a reference
 * @param convert turns one value as written into what the condition binds
 * @param reference for a reference filter, the HQL entity and the properties whose values name one of its items
 * @param example a value for the API description
 */
public record ListFilter(
        String name,
        String description,
        String condition,
        List<String> values,
        Function<String, Object> convert,
        Reference reference,
        String example) {

    /** Items of another type named by one of their keys (slug, GSS code); the list of them is at {@code path}. */
    public record Reference(String entity, List<String> keys, String path) {}

    public static ListFilter fixed(
            String name, String description, String condition, List<String> values, Function<String, Object> convert) {
        return new ListFilter(name, description, condition, List.copyOf(values), convert, null, values.get(0));
    }

    /** Filters on {@code true} or {@code false}. */
    public static ListFilter bool(String name, String description, String condition) {
        return fixed(name, description, condition, List.of("true", "false"), Boolean::valueOf);
    }

    /** Filters on items of another type named by slug (or another unique key). */
    public static ListFilter reference(
            String name, String description, String condition, Reference reference, String example) {
        return new ListFilter(name, description, condition, List.of(), value -> value, reference, example);
    }

    public boolean isReference() {
        return reference != null;
    }
}
