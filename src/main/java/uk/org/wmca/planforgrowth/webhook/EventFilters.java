package uk.org.wmca.planforgrowth.webhook;

import java.util.ArrayList;
import java.util.List;
import uk.org.wmca.planforgrowth.changes.ChangeAction;
import uk.org.wmca.planforgrowth.content.ItemType;

/** Event filters of a subscription: {@code <type>.<action>}, either part {@code *}, or {@code *} for everything. */
final class EventFilters {

    private EventFilters() {}

    /** Why a filter is not valid, or null when it is. */
    static String problem(String filter) {
        if (filter == null || filter.isBlank()) {
            return "An event filter is empty.";
        }
        if (filter.equals("*")) {
            return null;
        }
        int dot = filter.indexOf('.');
        String type = dot < 0 ? filter : filter.substring(0, dot);
        String action = dot < 0 ? null : filter.substring(dot + 1);
        if (action == null
                || !(type.equals("*") || ItemType.fromWireName(type).isPresent())
                || !(action.equals("*") || ChangeAction.fromWireName(action).isPresent())) {
            return "'" + filter + "' is not an event filter: give <type>.<action> (either may be *), or * for every"
                    + " event. Types: " + String.join(", ", types()) + ". Actions: "
                    + String.join(", ", ChangeAction.wireNames()) + ".";
        }
        return null;
    }

    /** Whether an event such as {@code cluster.published} matches any of the filters. */
    static boolean matches(List<String> filters, String event) {
        int dot = event.indexOf('.');
        String type = event.substring(0, dot);
        String action = event.substring(dot + 1);
        for (String filter : filters) {
            if (filter.equals("*") || filter.equals(event)) {
                return true;
            }
            int at = filter.indexOf('.');
            String t = filter.substring(0, at);
            String a = filter.substring(at + 1);
            if ((t.equals("*") || t.equals(type)) && (a.equals("*") || a.equals(action))) {
                return true;
            }
        }
        return false;
    }

    static List<String> parse(String stored) {
        return List.of(stored.split(","));
    }

    static String store(List<String> filters) {
        return String.join(",", filters);
    }

    static List<String> types() {
        List<String> types = new ArrayList<>();
        for (ItemType type : ItemType.values()) {
            types.add(type.wireName());
        }
        return types;
    }
}
