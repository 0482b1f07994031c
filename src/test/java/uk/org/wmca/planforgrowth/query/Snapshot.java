package uk.org.wmca.planforgrowth.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every item of every list, fetched once with every relation included: the oracle that answers are compared with, and
 * the source of the real values the requests are made of.
 */
final class Snapshot {

    private final Map<ListSpec, Map<String, ObjectNode>> items;
    private final Map<ListSpec, Set<String>> memberPaths = new HashMap<>();

    private Snapshot(Map<ListSpec, Map<String, ObjectNode>> items) {
        this.items = items;
        Map<String, Set<String>> embedded = embeddedPaths(items);
        items.forEach((list, byKey) -> {
            Set<String> paths = new LinkedHashSet<>();
            byKey.values().forEach(item -> paths.addAll(Json.memberPaths(item, "")));
            list.includes()
                    .forEach(relation -> embedded.getOrDefault(relation, Set.of())
                            .forEach(path -> paths.add(relation + "." + path)));
            memberPaths.put(list, paths);
        });
    }

    /**
     * The member paths of the items embedded under each relation, seen in any list: an embedded fact has the same members
     * wherever it is embedded, but a list inside it (a fact's {@code otherSources}) may be empty in every item one list
     * embeds and filled in another's.
     */
    private static Map<String, Set<String>> embeddedPaths(Map<ListSpec, Map<String, ObjectNode>> items) {
        Map<String, Set<String>> paths = new HashMap<>();
        items.forEach((list, byKey) -> byKey.values()
                .forEach(item -> list.includes().forEach(relation -> {
                    JsonNode embedded = item.get(relation);
                    if (embedded != null) {
                        paths.computeIfAbsent(relation, key -> new LinkedHashSet<>())
                                .addAll(Json.memberPaths(embedded, ""));
                    }
                })));
        return paths;
    }

    /** Fetches each list whole, e.g. {@code /api/v1/clusters?include=places,facts,sources,themes&size=100}. */
    static Snapshot fetch(ApiClient client) {
        Map<ListSpec, Map<String, ObjectNode>> items = new LinkedHashMap<>();
        for (ListSpec list : ListSpec.ALL) {
            ListRequest whole = ListRequest.of(
                    list,
                    List.of(
                            new ListRequest.Parameter("include", String.join(",", list.includes())),
                            new ListRequest.Parameter("size", "100")));
            Response response = client.send(whole);
            assertEquals(200, response.statusCode(), () -> whole + " answered " + response.asString());
            JsonNode body = Json.parse(response.asString());
            long total = body.at("/meta/total").asLong();
            assertTrue(total <= 100, () -> list.collection() + " has " + total + " items; the oracle needs one page");
            Map<String, ObjectNode> byKey = new LinkedHashMap<>();
            for (JsonNode item : body.get("data")) {
                byKey.put(item.get(list.key()).asText(), (ObjectNode) item);
            }
            assertEquals(total, byKey.size(), () -> "keys of " + list.collection() + " are not unique");
            items.put(list, byKey);
        }
        return new Snapshot(items);
    }

    Collection<ObjectNode> items(ListSpec list) {
        return items.get(list).values();
    }

    /** An item as the list shows it with these relations included (and the others left out). */
    ObjectNode shown(ListSpec list, String key, Set<String> include) {
        ObjectNode item = items.get(list).get(key).deepCopy();
        list.includes().stream().filter(relation -> !include.contains(relation)).forEach(item::remove);
        return item;
    }

    /**
     * The member paths {@code fields} may name with these relations included: those of the items, with the members of
     * the relations left out.
     */
    List<String> selectablePaths(ListSpec list, Set<String> include) {
        return memberPaths.get(list).stream()
                .filter(path -> {
                    String member = path.split("\\.")[0];
                    return !list.includes().contains(member) || include.contains(member);
                })
                .toList();
    }

    /** The values a filter accepts: its fixed values, or the keys of the items it refers to. */
    List<String> validValues(ListSpec.Filter filter) {
        if (!filter.isReference()) {
            return filter.fixedValues();
        }
        List<String> values = new ArrayList<>();
        for (ObjectNode item : items(ListSpec.named(filter.referencedList()))) {
            filter.referencedKeys().forEach(key -> values.addAll(Json.textsAt(item, key)));
        }
        return values;
    }

    /** The keys of the items that pass every filter: any of a filter's values, and every filter. */
    Set<String> matching(ListSpec list, Map<ListSpec.Filter, Set<String>> filters) {
        Set<String> keys = new LinkedHashSet<>();
        items.get(list).forEach((key, item) -> {
            if (filters.entrySet().stream().allMatch(filter -> passes(item, filter.getKey(), filter.getValue()))) {
                keys.add(key);
            }
        });
        return keys;
    }

    private static boolean passes(JsonNode item, ListSpec.Filter filter, Set<String> values) {
        return filter.paths().stream()
                .flatMap(path -> Json.textsAt(item, path).stream())
                .anyMatch(values::contains);
    }

    /**
     * Of these items, the ones a search must find because every one of its terms starts a word of what the list shows
     * of their searched text.
     */
    Set<String> surelyFound(ListSpec list, Set<String> keys, List<String> terms) {
        Set<String> found = new LinkedHashSet<>();
        for (String key : keys) {
            List<String> words = searchedWords(list, items.get(list).get(key));
            if (terms.stream().allMatch(term -> words.stream().anyMatch(word -> word.startsWith(term)))) {
                found.add(key);
            }
        }
        return found;
    }

    /** Every word of the searched text of a list, normalised as search compares it; for searches that find items. */
    List<String> words(ListSpec list) {
        Set<String> words = new LinkedHashSet<>();
        items(list).forEach(item -> words.addAll(searchedWords(list, item)));
        return List.copyOf(words);
    }

    private static List<String> searchedWords(ListSpec list, JsonNode item) {
        List<String> words = new ArrayList<>();
        for (String member : list.searched()) {
            for (String text : Json.textsAt(item, member)) {
                String normalised = SearchText.normalise(text);
                if (!normalised.isEmpty()) {
                    words.addAll(Arrays.asList(normalised.split(" ")));
                }
            }
        }
        return words;
    }
}
