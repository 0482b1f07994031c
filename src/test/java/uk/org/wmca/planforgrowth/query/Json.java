package uk.org.wmca.planforgrowth.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small helpers for reading responses as JSON trees. */
final class Json {

    /** Numbers are read exactly, so that two readings of the same figure are equal. */
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {}

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + text, e);
        }
    }

    /** The elements of a JSON array as a list. */
    static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements;
    }

    /**
     * The values at a dotted path ({@code places.slug}), going through every element of the lists on the way; empty
     * when a member is missing or null.
     */
    static List<JsonNode> valuesAt(JsonNode node, String path) {
        List<JsonNode> values = new ArrayList<>();
        collect(node, path.split("\\."), 0, values);
        return values;
    }

    private static void collect(JsonNode node, String[] path, int depth, List<JsonNode> values) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> collect(element, path, depth, values));
        } else if (depth == path.length) {
            values.add(node);
        } else {
            collect(node.get(path[depth]), path, depth + 1, values);
        }
    }

    /** The texts at a path, as {@link #valuesAt}. */
    static List<String> textsAt(JsonNode node, String path) {
        return valuesAt(node, path).stream().map(JsonNode::asText).toList();
    }

    /**
     * Every member path of a value: for an object its members and, recursively, theirs ({@code links},
     * {@code links.self}); for a list, those of its elements.
     */
    static Set<String> memberPaths(JsonNode value, String prefix) {
        Set<String> paths = new LinkedHashSet<>();
        if (value.isArray()) {
            value.forEach(element -> paths.addAll(memberPaths(element, prefix)));
        } else if (value.isObject()) {
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                String path = prefix + member.getKey();
                paths.add(path);
                paths.addAll(memberPaths(member.getValue(), path + "."));
            }
        }
        return paths;
    }
}
