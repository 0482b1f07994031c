package uk.org.wmca.planforgrowth.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code fields} is documented to do, as a model: naming a member keeps all of it; naming {@code a.b} keeps only
 * {@code b} of {@code a}, and of each element when {@code a} is a list; everything else goes.
 */
final class SparseFieldset {

    private boolean whole;
    private final Map<String, SparseFieldset> members = new LinkedHashMap<>();

    private SparseFieldset() {}

    /** The fieldset of a {@code fields} parameter as sent, e.g. {@code slug,links.self,places.name}. */
    static SparseFieldset parse(String fields) {
        SparseFieldset root = new SparseFieldset();
        for (String path : fields.split(",")) {
            SparseFieldset node = root;
            for (String member : path.trim().split("\\.")) {
                node = node.members.computeIfAbsent(member, name -> new SparseFieldset());
            }
            node.whole = true;
        }
        return root;
    }

    /** Whether the fieldset keeps the value at a member path, e.g. the CSV column {@code links.self}. */
    boolean keeps(String path) {
        SparseFieldset node = this;
        for (String member : path.split("\\.")) {
            if (node.whole) {
                return true;
            }
            node = node.members.get(member);
            if (node == null) {
                return false;
            }
        }
        return true;
    }

    /** A copy of {@code value} with only the members this fieldset keeps. */
    JsonNode prune(JsonNode value) {
        if (whole) {
            return value.deepCopy();
        }
        if (value.isArray()) {
            ArrayNode pruned = JsonNodeFactory.instance.arrayNode();
            value.forEach(element -> pruned.add(prune(element)));
            return pruned;
        }
        if (!value.isObject()) {
            return value.deepCopy();
        }
        ObjectNode pruned = JsonNodeFactory.instance.objectNode();
        members.forEach((name, fieldset) -> {
            if (value.has(name)) {
                pruned.set(name, fieldset.prune(value.get(name)));
            }
        });
        return pruned;
    }
}
