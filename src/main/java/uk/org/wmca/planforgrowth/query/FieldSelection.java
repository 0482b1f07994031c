package uk.org.wmca.planforgrowth.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sparse fieldset ({@code fields=slug,name,places.name}): the members to keep, at any depth. Naming an object or a
 * list keeps all of it; naming a member inside keeps only that member of each.
 */
public final class FieldSelection {

    private boolean whole;
    private final Map<String, FieldSelection> children = new LinkedHashMap<>();

    private FieldSelection(boolean whole) {
        this.whole = whole;
    }

    /** Keeps everything: no {@code fields} parameter. */
    public static FieldSelection all() {
        return new FieldSelection(true);
    }

    /** A selection of paths already checked against what the resource publishes. */
    public static FieldSelection of(List<String> paths) {
        FieldSelection root = new FieldSelection(false);
        for (String path : paths) {
            FieldSelection node = root;
            for (String part : path.split("\\.")) {
                if (node.whole) {
                    break; // an enclosing object is kept whole already
                }
                node = node.children.computeIfAbsent(part, name -> new FieldSelection(false));
            }
            node.whole = true;
        }
        return root;
    }

    public boolean isAll() {
        return whole;
    }

    /** Whether a value at this path (a leaf from {@link FieldPaths#leaves}) is kept. */
    public boolean keeps(String path) {
        FieldSelection node = this;
        for (String part : path.split("\\.")) {
            if (node.whole) {
                return true;
            }
            node = node.children.get(part);
            if (node == null) {
                return false;
            }
        }
        return true;
    }

    /** Removes, in place, the members of a JSON object (or of each object of an array) that are not kept. */
    public JsonNode apply(JsonNode node) {
        if (whole || node == null) {
            return node;
        }
        if (node.isArray()) {
            node.forEach(this::apply);
        } else if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> members = object.fields();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> member = members.next();
                FieldSelection child = children.get(member.getKey());
                if (child == null) {
                    members.remove();
                } else {
                    child.apply(member.getValue());
                }
            }
        }
        return node;
    }
}
