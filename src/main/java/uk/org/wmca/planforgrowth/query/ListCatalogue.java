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

    /** The list that GET on a path serves: its collection path, e.g. {@code /api/v1/clusters} → clusters. */
    public static Optional<ListDefinition<?>> listAt(String path) {
        return LISTS.values().stream().filter(list -> path.equals(list.path())).findFirst();
    }

    /**
     * The list whose items GET on a path serves: its collection path and the type's key parameter, e.g. {@code
     * /api/v1/clusters/{slug}} → clusters.
     */
    public static Optional<ListDefinition<?>> itemsAt(String path) {
        for (ItemType type : ItemType.values()) {
            Optional<ListDefinition<?>> list = type.descriptor().list().map(l -> l);
            Optional<ItemType.PathKey> key = type.pathKey();
            if (list.isPresent()
                    && key.isPresent()
                    && path.equals(list.get().path() + "/{" + key.get().parameter() + "}")) {
                return list;
            }
        }
        return Optional.empty();
    }
}
