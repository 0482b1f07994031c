package uk.org.wmca.planforgrowth.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.quicktheories.QuickTheory;

/**
 * Properties of the query language of every list (filters, q, sort, fields, include, format, page and size), checked
 * against the packaged application with requests made of the real content: whatever the combination, the answer is
 * either the documented result or a 400 naming the parameter at fault.
 *
 * <p>The oracle is a {@link Snapshot} of every list taken once with every relation included; {@link ListSpec} says
 * what each list's parameters mean, written from the API's description rather than from its code. Failsafe runs this
 * class after packaging.
 *
 * <p>Each property is a JUnit test that has QuickTheories ({@link QuickTheory#qt()}) try it on a number of generated
 * requests ({@link QueryArbitraries}), then shrink a failing one for at most {@value #SHRINK_CYCLES} cycles. Besides
 * the random examples, QuickTheories tries first the three made of the generators' bounds (the first list with nothing
 * set, and the like); three in hundreds do not crowd out the real combinations. Each test prints its seed, the number
 * of examples run and how they were spread; a failure reports the smallest failing request, the others found and
 * the seed ("Seed was ..."). To repeat a run, pass that seed as the {@code QT_SEED} system property, which Failsafe
 * hands on to the tests, best with the one property: {@code ./mvnw verify -DQT_SEED=1234
 * -Dit.test=QueryPropertiesIT#pagesTogetherAreTheWholeResult} (from the same content, the requests are the same).
 */
class QueryPropertiesIT {

    private static final CsvMapper CSV =
            CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    /** The most cycles spent shrinking a failing example, each one or more requests to the application. */
    static final int SHRINK_CYCLES = 100;

    private static PackagedApp app;
    private static ApiClient api;
    private static Snapshot snapshot;
    private static QueryArbitraries requests;

    @BeforeAll
    static void startTheApplication() throws Exception {
        app = PackagedApp.start();
        api = new ApiClient(app.port());
        snapshot = Snapshot.fetch(api);
        requests = new QueryArbitraries(snapshot);
    }

    @AfterAll
    static void stopTheApplication() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    /**
     * No request fails on the server: a valid one is answered in the format asked for (or refused for a page past the
     * last), an invalid one is refused with a problem naming the parameters at fault and no other.
     */
    @Test
    void everyRequestIsAnsweredOrRefusedNamingTheParameterAtFault(TestInfo test) {
        Run run = new Run(test, 400);
        run.theory().forAll(requests.any()).checkAssert(request -> {
            run.example();
            everyRequestIsAnsweredOrRefusedNamingTheParameterAtFault(run, request);
        });
        run.report();
    }

    private static void everyRequestIsAnsweredOrRefusedNamingTheParameterAtFault(Run run, ListRequest request) {
        Response response = api.send(request);
        run.collect("list", request.list().collection());
        run.collect("request", request.isValid() ? "valid" : "invalid");
        run.collect("status", response.statusCode());

        assertTrue(response.statusCode() < 500, () -> describe(request, response));
        if (!request.isValid()) {
            assertRefused(request, response, request.offending());
        } else if (response.statusCode() == 400) {
            assertPastTheLastPage(request, response);
        } else {
            assertEquals(200, response.statusCode(), () -> describe(request, response));
            String type = request.asksForCsv() ? "text/csv" : "application/json";
            assertTrue(response.contentType().startsWith(type), () -> describe(request, response));
        }
    }

    /**
     * The whole result (one page of 100) is exactly the items that pass the filters, or for a search a subset of them
     * that holds every item showing the words; in the order asked for; each item the one the oracle has, with the
     * relations asked for and, with fields, only the members asked for.
     */
    @Test
    void answersHonourFiltersSearchSortIncludeAndFields(TestInfo test) {
        Run run = new Run(test, 200);
        run.theory()
                .forAll(requests.valid().map(request -> request.with("size", "100")))
                .checkAssert(request -> {
                    run.example();
                    answersHonourFiltersSearchSortIncludeAndFields(run, request);
                });
        run.report();
    }

    private static void answersHonourFiltersSearchSortIncludeAndFields(Run run, ListRequest request) {
        ListSpec list = request.list();
        ListPage page = ListPage.of(request, api.send(request));
        ListRequest unsparse = request.without("fields");
        ListPage full = request.has("fields") ? ListPage.of(unsparse, api.send(unsparse)) : page;
        List<String> keys = full.keys(list.key());
        run.collect("list", list.collection());
        run.collect("result", keys.isEmpty() ? "empty" : "some items");

        assertEquals(page.total(), page.items().size(), () -> request + ": one page of 100 is the whole result");
        assertEquals(full.items().size(), keys.size(), () -> unsparse + ": every item has its key");
        assertNoDuplicates(request, keys);
        assertFiltersAndSearchHonoured(request, keys);
        assertEachItemAsTheOracleHasIt(request, full.items());
        request.value("fields").ifPresent(fields -> assertFieldsHonoured(request, fields, full, page));
        request.order().ifPresent(order -> {
            assertSorted(request, order, page.items());
            if (full != page) {
                assertSorted(unsparse, order, full.items());
            }
        });
    }

    /**
     * Walking every page by its next link yields the unpaged result, in order and without duplicates, with the same
     * total on every page; the CSV of the unpaged request holds the same items; the page after the last is refused.
     */
    @Test
    void pagesTogetherAreTheWholeResult(TestInfo test) {
        Run run = new Run(test, 100);
        run.theory().forAll(requests.valid(), requests.pageSizes()).checkAssert((request, size) -> {
            run.example();
            pagesTogetherAreTheWholeResult(run, request, size);
        });
        run.report();
    }

    private static void pagesTogetherAreTheWholeResult(Run run, ListRequest request, int size) {
        ListRequest first = request.with("page", "1").with("size", String.valueOf(size));
        ListPage firstPage = ListPage.of(first, api.send(first));
        long total = firstPage.total();
        int totalPages = (int) ((total + size - 1) / size);
        run.collect("list", request.list().collection());
        run.collect("pages", totalPages <= 1 ? "one" : totalPages <= 5 ? "2 to 5" : "more than 5");

        List<JsonNode> walked = new ArrayList<>();
        ListPage page = firstPage;
        for (int number = 1; ; number++) {
            String where = first + ", page " + number;
            assertEquals(number, page.number(), where);
            assertEquals(size, page.size(), where);
            assertEquals(total, page.total(), () -> where + ": the total changed while walking");
            assertEquals(totalPages, page.totalPages(), () -> where + ": totalPages is not ceil(total / size)");
            assertEquals(
                    Math.min(size, total - (long) (number - 1) * size),
                    page.items().size(),
                    where);
            walked.addAll(page.items());
            String next = page.next();
            if (next == null) {
                assertEquals(Math.max(totalPages, 1), number, () -> where + ": links.next stops early");
                break;
            }
            assertTrue(number < totalPages, () -> where + ": links.next goes past the last page");
            page = ListPage.of(next, api.get(next, request.has("fields"), false));
        }

        ListRequest unpaged = request.with("size", "100");
        ListPage whole = ListPage.of(unpaged, api.send(unpaged));
        assertEquals(total, whole.total(), () -> unpaged + ": another total");
        assertEquals(whole.items(), walked, () -> first + ": the pages are not the whole result in order");
        assertNoDuplicates(first, whole.keys(request.list().key()));
        assertCsvHoldsTheWholeResult(request.with("format", "csv"), whole);

        ListRequest pastTheLast = first.with("page", String.valueOf(Math.max(totalPages, 1) + 1));
        assertRefused(pastTheLast, api.send(pastTheLast), Set.of("page"));
    }

    private static void assertRefused(ListRequest request, Response response, Set<String> atFault) {
        assertEquals(400, response.statusCode(), () -> describe(request, response));
        assertTrue(response.contentType().startsWith("application/problem+json"), () -> describe(request, response));
        JsonNode problem = Json.parse(response.asString());
        Set<String> named = new HashSet<>(Json.textsAt(problem, "errors.name"));
        assertFalse(named.isEmpty(), () -> describe(request, response) + ": no errors named");
        assertTrue(
                atFault.containsAll(named),
                () -> describe(request, response) + ": names " + named + ", not only " + atFault);
    }

    /** A valid request is refused only for a page past the last, when the result has pages at all. */
    private static void assertPastTheLastPage(ListRequest request, Response response) {
        assertRefused(request, response, Set.of("page"));
        ListRequest firstPage = request.with("page", "1").without("format").acceptingCsv(false);
        long total = ListPage.of(firstPage, api.send(firstPage)).total();
        int size = Integer.parseInt(request.value("size").orElse("20"));
        int page = Integer.parseInt(request.value("page").orElseThrow());
        long lastPage = Math.max(1, (total + size - 1) / size);
        assertTrue(page > lastPage, () -> describe(request, response) + ": page " + page + " of " + lastPage);
    }

    private static void assertNoDuplicates(ListRequest request, List<String> keys) {
        assertEquals(keys.size(), Set.copyOf(keys).size(), () -> request + ": twice in " + keys);
    }

    /**
     * Without a search, the keys are exactly those of the items passing every filter. A search can only narrow that
     * down, and must keep every item whose shown text has each of its words.
     */
    private static void assertFiltersAndSearchHonoured(ListRequest request, List<String> keys) {
        ListSpec list = request.list();
        Set<String> filtered = snapshot.matching(list, request.filterValues());
        Set<String> found = Set.copyOf(keys);
        if (request.value("q").isEmpty()) {
            assertEquals(filtered, found, () -> request + ": not the items passing the filters");
            return;
        }
        List<String> terms = SearchText.terms(request.value("q").get());
        Set<String> mustFind = snapshot.surelyFound(list, filtered, terms);
        assertTrue(filtered.containsAll(found), () -> request + ": found items outside " + filtered + ": " + found);
        assertTrue(found.containsAll(mustFind), () -> request + ": missed items showing " + terms + ": " + mustFind);
    }

    /** Without fields, an item is the oracle's, with the relations asked for and no others. */
    private static void assertEachItemAsTheOracleHasIt(ListRequest request, List<JsonNode> items) {
        ListSpec list = request.list();
        for (JsonNode item : items) {
            String key = item.get(list.key()).asText();
            assertEquals(
                    snapshot.shown(list, key, request.include()),
                    item,
                    () -> request.without("fields") + ": item " + key + " differs from the oracle");
        }
    }

    /** With fields, each item is the same item without fields, cut down to the members asked for. */
    private static void assertFieldsHonoured(ListRequest request, String fields, ListPage full, ListPage sparse) {
        SparseFieldset fieldset = SparseFieldset.parse(fields);
        List<JsonNode> expected = full.items().stream().map(fieldset::prune).toList();
        assertEquals(expected, sparse.items(), () -> request + ": fields not honoured");
    }

    /** Consecutive items are in order, as far as the members shown tell. */
    private static void assertSorted(ListRequest request, SortOrder order, List<JsonNode> items) {
        for (int i = 1; i < items.size(); i++) {
            JsonNode before = items.get(i - 1);
            JsonNode after = items.get(i);
            int position = i;
            order.compare(before, after)
                    .ifPresent(comparison -> assertTrue(
                            comparison < 0,
                            () -> request + ": items " + (position - 1) + " and " + position + " are not in the order "
                                    + order + ":\n" + before + "\n" + after));
        }
    }

    /**
     * The CSV form without page or size: a header row of member paths (only those the fieldset keeps), then one row
     * per item of the whole result, in order.
     */
    private static void assertCsvHoldsTheWholeResult(ListRequest request, ListPage whole) {
        Response response = api.send(request);
        assertEquals(200, response.statusCode(), () -> describe(request, response));
        assertTrue(response.contentType().startsWith("text/csv"), () -> describe(request, response));
        List<List<String>> rows = csvRows(response.asString());
        assertFalse(rows.isEmpty(), () -> request + ": no header row");
        List<String> header = rows.get(0);
        List<String> members = snapshot.selectablePaths(request.list(), request.include());
        Optional<SparseFieldset> fieldset = request.value("fields").map(SparseFieldset::parse);
        for (String column : header) {
            assertTrue(members.contains(column), () -> request + ": column " + column + " is no member path");
            assertTrue(
                    fieldset.map(fields -> fields.keeps(column)).orElse(true),
                    () -> request + ": column " + column + " is not in the fieldset");
        }
        assertNoDuplicates(request, header);
        List<List<String>> records = rows.subList(1, rows.size());
        assertEquals(whole.total(), records.size(), () -> request + ": rows " + records);
        int keyColumn = header.indexOf(request.list().key());
        if (keyColumn >= 0) {
            List<String> keys =
                    records.stream().map(record -> record.get(keyColumn)).toList();
            assertEquals(whole.keys(request.list().key()), keys, () -> request + ": other rows than the JSON items");
        }
    }

    private static List<List<String>> csvRows(String text) {
        try (MappingIterator<List<String>> rows =
                CSV.readerForListOf(String.class).readValues(text)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new AssertionError("Not CSV: " + text, e);
        }
    }

    /**
     * One property's run: its seed ({@code QT_SEED} if given, else a new one), the examples QuickTheories is asked for,
     * and a tally of what the examples were, printed when all have passed.
     */
    private static final class Run {

        private final String name;
        private final long seed;
        private final int examples;
        private final AtomicInteger tried = new AtomicInteger();
        private final Map<String, Map<String, Integer>> tallies = new TreeMap<>();

        Run(TestInfo test, int examples) {
            this.name = test.getTestMethod().map(method -> method.getName()).orElse(test.getDisplayName());
            this.seed = Long.getLong("QT_SEED", System.nanoTime());
            this.examples = examples;
            System.out.printf(
                    "QueryPropertiesIT#%s: %d examples, seed %d (repeat with -DQT_SEED=%d)%n",
                    name, examples, seed, seed);
        }

        QuickTheory theory() {
            return qt().withFixedSeed(seed).withExamples(examples).withShrinkCycles(SHRINK_CYCLES);
        }

        /** Counts an example tried, including those tried while shrinking a failure. */
        void example() {
            tried.incrementAndGet();
        }

        void collect(String label, Object value) {
            tallies.computeIfAbsent(label, key -> new TreeMap<>()).merge(String.valueOf(value), 1, Integer::sum);
        }

        void report() {
            StringBuilder report = new StringBuilder();
            report.append(
                    String.format("QueryPropertiesIT#%s: passed %d examples (seed %d)%n", name, tried.get(), seed));
            tallies.forEach((label, counts) -> {
                int total = counts.values().stream().mapToInt(Integer::intValue).sum();
                report.append("  ").append(label).append(':');
                counts.forEach(
                        (value, count) -> report.append(String.format(" %s %.0f%%,", value, 100.0 * count / total)));
                report.setLength(report.length() - 1);
                report.append(System.lineSeparator());
            });
            System.out.print(report);
        }
    }

    private static String describe(ListRequest request, Response response) {
        String body = response.asString();
        return request + " answered " + response.statusCode() + " " + response.contentType() + ": "
                + (body.length() > 800 ? body.substring(0, 800) + "…" : body);
    }
}
