package uk.org.wmca.planforgrowth.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.Api;

/**
 * The published text is our own words: no published string shares a run of {@value #RUN} or more words
 * (case- and punctuation-insensitive) with a sentence the fact sheet quotes from a source
 * (src/test/resources/source-quotes.txt). Names, titles and fixed lists of programme names are excepted.
 */
@QuarkusTest
class OwnWordsTest {

    static final int RUN = 8;

    /** Names and titles that may be quoted whole: a page's or article's title, a cluster's name in the plan. */
    static final List<String> NAMES = List.of(
            "Plan for Growth - A vision for growth in the West Midlands",
            "Pioneering £25m investment fund to support small and medium enterprises",
            "Manufacturing of electrical light vehicles and associated battery storage devices",
            "Manufacturing of Electric Light Vehicles and Associated Battery Devices",
            "professional and financial services and supply chain",
            "Professional & Financial Services and Supply Chain",
            "Commonwealth Games Business and Tourism Programme",
            "West Midlands Equity Co-Investment Fund",
            "Made Smarter West Midlands and the Creative Growth Programme");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void noPublishedStringSharesEightWordsWithAQuotedSourceSentence() throws IOException {
        List<String> quotes = quotes();
        assertTrue(quotes.size() > 50, "the quotes file reads: " + quotes.size());
        Set<String> published = publishedStrings();
        assertTrue(published.size() > 150, "every published string was walked: " + published.size());
        List<String> copied = new ArrayList<>();
        for (String text : published) {
            Set<String> runs = runs(withoutNames(words(text)));
            for (String quote : quotes) {
                for (String run : runs(words(quote))) {
                    if (runs.contains(run)) {
                        copied.add("'" + run + "' in: " + text);
                    }
                }
            }
        }
        assertEquals(List.of(), copied, "published text that keeps a source's words");
    }

    @Test
    void theCheckFindsACopiedRun() {
        String copied = "WMCA is securing a partner to champion the region's digital economy, with help.";
        Set<String> runs = runs(withoutNames(words(copied)));
        assertTrue(runs.contains("securing a partner to champion the region s"), runs.toString());
        assertTrue(runs(withoutNames(words("The West Midlands Equity Co-Investment Fund was set up")))
                .isEmpty());
    }

    /** Every string of every published item: each collection's items, each item in full, and the plan. */
    private static Set<String> publishedStrings() throws IOException {
        Set<String> strings = new LinkedHashSet<>();
        collect(read("/api/v1/plan"), strings);
        for (String collection : List.of("themes", "clusters", "interventions", "places", "facts", "sources")) {
            JsonNode list = read("/api/v1/" + collection + "?size=100");
            assertEquals(
                    list.path("meta").path("total").asInt(), list.path("data").size(), collection);
            for (JsonNode item : list.path("data")) {
                collect(read(item.path("links").path("self").asText()), strings);
            }
        }
        return strings;
    }

    private static JsonNode read(String path) throws IOException {
        String body = Api.given().get(path).then().statusCode(200).extract().asString();
        return MAPPER.readTree(body).path("data");
    }

    private static void collect(JsonNode node, Set<String> strings) {
        if (node.isTextual()) {
            strings.add(node.asText());
        }
        node.forEach(child -> collect(child, strings));
    }

    private static List<String> quotes() throws IOException {
        try (InputStream in = OwnWordsTest.class.getClassLoader().getResourceAsStream("source-quotes.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
    }

    /** Lower-case words, punctuation dropped (an apostrophe splits, so "region's" is "region s"). */
    static List<String> words(String text) {
        String plain = text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}£%]+", " ")
                .trim();
        return plain.isEmpty() ? List.of() : List.of(plain.split(" "));
    }

    /** The words with every name in {@link #NAMES} replaced by a break no run crosses. */
    static List<String> withoutNames(List<String> words) {
        String joined = " " + String.join(" ", words) + " ";
        for (String name : NAMES) {
            joined = joined.replace(" " + String.join(" ", words(name)) + " ", " | ");
        }
        return List.of(joined.trim().split(" "));
    }

    /** Every run of {@value #RUN} consecutive words, none across a break. */
    static Set<String> runs(List<String> words) {
        Set<String> runs = new LinkedHashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            List<String> run = words.subList(i, i + RUN);
            if (!run.contains("|")) {
                runs.add(String.join(" ", run));
            }
        }
        return runs;
    }
}
