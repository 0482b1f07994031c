package uk.org.wmca.planforgrowth.query;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The members of a published record as dotted paths ({@code slug}, {@code links.self}, {@code places.name}), in
 * declaration order. They are what {@code fields} accepts and the columns of the CSV form, read from the record
 * types so that neither can drift from the JSON.
 */
public final class FieldPaths {

    private static final int MAX_DEPTH = 4;

    private FieldPaths() {}

    /** Every path that names a value: leaves, in order. {@code included} are the top-level relations asked for. */
    public static List<String> leaves(Class<?> type, Set<String> included) {
        List<String> leaves = new ArrayList<>();
        walk(type, "", included, 0, leaves, null);
        return leaves;
    }

    /** Every path {@code fields} may name: leaves and the objects and lists that hold them. */
    public static Set<String> selectable(Class<?> type, Set<String> included) {
        Set<String> all = new LinkedHashSet<>();
        walk(type, "", included, 0, new ArrayList<>(), all);
        return all;
    }

    private static void walk(
            Class<?> type, String prefix, Set<String> included, int depth, List<String> leaves, Set<String> all) {
        for (RecordComponent component : type.getRecordComponents()) {
            boolean optional = component.isAnnotationPresent(Included.class);
            if (optional && (depth > 0 || !included.contains(component.getName()))) {
                continue;
            }
            String path = prefix + component.getName();
            if (all != null) {
                all.add(path);
            }
            Class<?> nested = nestedRecord(component.getGenericType());
            if (nested != null && depth < MAX_DEPTH) {
                walk(nested, path + ".", included, depth + 1, leaves, all);
            } else {
                leaves.add(path);
            }
        }
    }

    /** The record type held by a component (directly or as list elements), or null for a plain value. */
    private static Class<?> nestedRecord(Type type) {
        if (type instanceof Class<?> c && c.isRecord()) {
            return c;
        }
        if (type instanceof ParameterizedType p
                && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isRecord()) {
            return element;
        }
        return null;
    }
}
