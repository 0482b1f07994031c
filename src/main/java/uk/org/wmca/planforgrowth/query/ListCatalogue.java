package uk.org.wmca.planforgrowth.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.org.wmca.planforgrowth.common.Format;
import uk.org.wmca.planforgrowth.content.ItemType;

/** Every list of the API by name, with the operations that serve it: for the API description and cross-type search. */
public final class ListCatalogue {

    /** The lists by collection name, in the order search results rank types. */
    public static final Map<String, ListDefinition<?>> LISTS = lists();

    private ListCatalogue() {}

    /** The registry's lists, the broader types first (the reverse of the registry's dependency order). */
    private static Map<String, ListDefinition<?>> lists() {
        List<ItemType> types = new ArrayList<>(List.of(ItemType.values()));
        Collections.reverse(types);
        Map<String, ListDefinition<?>> lists = new LinkedHashMap<>();
        for (ItemType type : types) {
            type.descriptor().list().ifPresent(list -> lists.put(list.collection(), list));
        }
        return lists;
    }

    /**
     * The formats a GET of an API path may answer in: an item's ({@code /api/v1/<collection>/<key>}: JSON, and
     * HTML where the type has cards), else a list's (JSON, CSV).
     */
    public static List<Format> formatsAt(String path) {
        if (path.equals("/api/v1/changes")) {
            return List.of(Format.JSON, Format.ATOM);
        }
        if (path.equals("/api/v1/changes.atom")) {
            return List.of(Format.ATOM);
        }
        String rest = path.startsWith("/api/v1/") ? path.substring("/api/v1/".length()) : "";
        int slash = rest.indexOf('/');
        if (slash > 0 && slash < rest.length() - 1 && rest.indexOf('/', slash + 1) < 0) {
            ListDefinition<?> list = LISTS.get(rest.substring(0, slash));
            if (list != null) {
                return list.itemFormats();
            }
        }
        return Format.LIST_FORMATS;
    }

    /** The list an operation id serves, e.g. {@code listClusters} → clusters. */
    public static Optional<ListDefinition<?>> ofListOperation(String operationId) {
        return LISTS.values().stream()
                .filter(list -> operationId.equals("list" + capitalised(list.collection())))
                .findFirst();
    }

    /** The list whose items an operation id serves, e.g. {@code getCluster} → clusters. */
    public static Optional<ListDefinition<?>> ofItemOperation(String operationId) {
        return LISTS.values().stream()
                .filter(list -> operationId.equals("get" + capitalised(singular(list.collection()))))
                .findFirst();
    }

    private static String singular(String collection) {
        return collection.substring(0, collection.length() - 1);
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
