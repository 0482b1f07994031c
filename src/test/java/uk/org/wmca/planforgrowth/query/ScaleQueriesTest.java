package uk.org.wmca.planforgrowth.query;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.Api.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.TestDatabases;

/**
 * The query language stays exact with 10,000 synthetic clusters and 100,000 synthetic facts beside the seeded
 * content: totals, filters, search, sort and paging are checked against counts computed from the same generator.
 * The data lives in this test's own database (TestDatabases), never in the seeded content.
 */
@QuarkusTest
@TestProfile(ScaleQueriesTest.Scale.class)
class ScaleQueriesTest {

    static final int CLUSTERS = 10_000;
    static final int FACTS = 100_000;
    static final int SEEDED_CLUSTERS = 13;
    static final int SEEDED_FACTS = 29;
    static final List<String> WORDS = List.of("amber", "birch", "cedar", "delta", "ember", "fjord", "garnet");
    static final List<String> PLACES = List.of(
            "birmingham",
            "coventry",
            "dudley",
            "sandwell",
            "solihull",
            "walsall",
            "wolverhampton",
            "stratford-on-avon");

    /** A database of its own, so the synthetic rows never meet other tests. */
    public static class Scale implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabases.own("scale");
        }
    }

    private static boolean loaded;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void loadSyntheticContentOnce() throws SQLException {
        if (loaded) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            insertClusters(connection);
            insertFacts(connection);
            connection.commit();
        }
        loaded = true;
    }

    static boolean primary(int i) {
        return i % 2 == 0;
    }

    static String place(int i) {
        return PLACES.get(i % PLACES.size());
    }

    static String clusterName(int i) {
        return "Synthetic " + WORDS.get(i % WORDS.size()) + " cluster " + i;
    }

    static boolean unconfirmed(int f) {
        return f % 3 == 2;
    }

    @Test
    void shouldCountEveryItemExactly() {
        given().when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(200)
                .body("meta.total", equalTo(SEEDED_CLUSTERS + CLUSTERS));
        given().when().get("/api/v1/facts").then().statusCode(200).body("meta.total", equalTo(SEEDED_FACTS + FACTS));
    }

    @Test
    void shouldFilterExactlyAtScale() {
        assertTotal("/api/v1/clusters?kind=primary", 9 + count(CLUSTERS, ScaleQueriesTest::primary));
        assertTotal("/api/v1/clusters?place=coventry", 1 + count(CLUSTERS, i -> place(i).equals("coventry")));
        assertTotal(
                "/api/v1/clusters?place=coventry,dudley&kind=nascent",
                count(CLUSTERS, i -> !primary(i) && Set.of("coventry", "dudley").contains(place(i))));
        assertTotal("/api/v1/facts?status=unconfirmed", 2 + count(FACTS, ScaleQueriesTest::unconfirmed));
        assertTotal("/api/v1/facts?cluster=synthetic-00042", FACTS / CLUSTERS);
        assertTotal(
                "/api/v1/facts?cluster=synthetic-00042&status=unconfirmed",
                count(FACTS, f -> f % CLUSTERS == 42 && unconfirmed(f)));
    }

    @Test
    void shouldSearchExactlyAtScale() {
        assertTotal("/api/v1/clusters?q=garnet", count(CLUSTERS, i -> i % WORDS.size() == 6));
        assertTotal(
                "/api/v1/clusters?q=garnet&place=walsall",
                count(CLUSTERS, i -> i % WORDS.size() == 6 && place(i).equals("walsall")));
        assertTotal(
                "/api/v1/facts?q=figure 42", count(FACTS, f -> String.valueOf(f).startsWith("42")));
    }

    @Test
    void shouldWalkEveryPageOfASortedFilteredSearchWithoutGapsOrDuplicates() {
        String query = "/api/v1/clusters?q=birch&place=dudley&sort=-name&size=100";
        int expected = count(CLUSTERS, i -> i % WORDS.size() == 1 && place(i).equals("dudley"));
        assertTrue(expected > 100, "more than one page");
        List<String> names = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        for (int page = 1; page <= (expected + 99) / 100; page++) {
            var json = given().when()
                    .get(query + "&page=" + page)
                    .then()
                    .statusCode(200)
                    .body("meta.total", equalTo(expected))
                    .extract()
                    .jsonPath();
            names.addAll(json.getList("data.name", String.class));
            slugs.addAll(json.getList("data.slug", String.class));
        }
        assertEquals(expected, slugs.size());
        assertEquals(expected, new HashSet<>(slugs).size(), "no item twice");
        for (int i = 1; i < names.size(); i++) {
            assertTrue(
                    SearchText.sortKey(names.get(i - 1)).compareTo(SearchText.sortKey(names.get(i))) >= 0,
                    "descending by name at " + i);
        }
    }

    @Test
    void shouldServeSingleItemsAndTheWholeCsvAtScale() {
        given().when()
                .get("/api/v1/clusters/synthetic-09999")
                .then()
                .statusCode(200)
                .body("data.facts.size()", equalTo(FACTS / CLUSTERS));
        given().when().get("/api/v1/facts/synthetic-fact-099999").then().statusCode(200);
        String csv = given().queryParam("format", "csv")
                .queryParam("kind", "nascent")
                .queryParam("fields", "slug")
                .when()
                .get("/api/v1/clusters")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(1 + 4 + count(CLUSTERS, i -> !primary(i)), csv.split("\r\n").length);
    }

    private static void assertTotal(String path, int expected) {
        given().when().get(path).then().statusCode(200).body("meta.total", equalTo(expected));
    }

    private static int count(int n, IntPredicate predicate) {
        return (int) IntStream.range(0, n).filter(predicate).count();
    }

    private static Map<String, Long> ids(Connection connection, String query) throws SQLException {
        Map<String, Long> ids = new java.util.TreeMap<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(query)) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getLong(2));
            }
        }
        return ids;
    }

    private static void insertClusters(Connection connection) throws SQLException {
        try (PreparedStatement cluster = connection.prepareStatement("insert into cluster (id, slug, position, kind,"
                        + " name, in_plan_document, name_status, summary, search_name, search_summary, search_body,"
                        + " sort_name) values (?, ?, ?, ?, ?, ?, 'confirmed', ?, ?, ?, ?, ?)");
                PreparedStatement link = connection.prepareStatement(
                        "insert into cluster_place (cluster_id, place_id, position) values (?, ?, 0)")) {
            Map<String, Long> placeIds = ids(connection, "select slug, id from place");
            for (int i = 0; i < CLUSTERS; i++) {
                String name = clusterName(i);
                String summary = "A synthetic cluster for measuring queries at scale.";
                SearchColumns search = SearchColumns.of(new SearchTexts(List.of(name), List.of(summary), List.of()));
                cluster.setLong(1, 1_000_000L + i);
                cluster.setString(2, String.format("synthetic-%05d", i));
                cluster.setInt(3, 100 + i);
                cluster.setString(4, primary(i) ? "primary" : "nascent");
                cluster.setString(5, name);
                cluster.setBoolean(6, i % 3 == 0);
                cluster.setString(7, summary);
                cluster.setString(8, search.name);
                cluster.setString(9, search.summary);
                cluster.setString(10, search.body);
                cluster.setString(11, search.sortName);
                cluster.addBatch();
                link.setLong(1, 1_000_000L + i);
                link.setLong(2, placeIds.get(place(i)));
                link.addBatch();
            }
            cluster.executeBatch();
            link.executeBatch();
        }
    }

    private static void insertFacts(Connection connection) throws SQLException {
        long sourceId = ids(connection, "select slug, id from source")
                .values()
                .iterator()
                .next();
        try (PreparedStatement fact = connection.prepareStatement("insert into fact (id, slug, label, amount, unit,"
                        + " measure, geography, status, source_id, search_name, search_summary, search_body,"
                        + " sort_name) values (?, ?, ?, ?, 'GBP', 'output', 'West Midlands', ?, ?, ?, ' ', ' ', ?)");
                PreparedStatement link = connection.prepareStatement(
                        "insert into cluster_fact (cluster_id, fact_id, position) values (?, ?, ?)")) {
            for (int f = 0; f < FACTS; f++) {
                String label = "Synthetic figure " + f;
                SearchColumns search = SearchColumns.of(new SearchTexts(List.of(label), List.of(), List.of()));
                fact.setLong(1, 1_000_000L + f);
                fact.setString(2, String.format("synthetic-fact-%06d", f));
                fact.setString(3, label);
                if (unconfirmed(f)) {
                    fact.setNull(4, java.sql.Types.NUMERIC);
                    fact.setString(5, "unconfirmed");
                } else {
                    fact.setLong(4, f);
                    fact.setString(5, f % 3 == 0 ? "confirmed" : "inferred");
                }
                fact.setLong(6, sourceId);
                fact.setString(7, search.name);
                fact.setString(8, search.sortName);
                fact.addBatch();
                link.setLong(1, 1_000_000L + f % CLUSTERS);
                link.setLong(2, 1_000_000L + f);
                link.setInt(3, f / CLUSTERS);
                link.addBatch();
                if (f % 10_000 == 9_999) {
                    fact.executeBatch();
                    link.executeBatch();
                }
            }
        }
    }
}
