package uk.org.wmca.planforgrowth.changes;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.org.wmca.planforgrowth.Api;
import uk.org.wmca.planforgrowth.Tokens;
import uk.org.wmca.planforgrowth.content.ContentVersion;
import uk.org.wmca.planforgrowth.editorial.EditingProfile;

/** The change feed: what it records, its cursors, its caching and its refusals, and racing writes. */
@QuarkusTest
@TestProfile(EditingProfile.class)
class ChangeFeedTest {

    private static final String CHANGES = "/api/v1/changes";

    @Inject
    ChangeFeed feed;

    @Inject
    ContentVersion version;

    @Inject
    DataSource dataSource;

    /** The content version the database holds now, as every instance's poll will read it. */
    private long committedVersion() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet row =
                        connection.createStatement().executeQuery("select version from content_version where id = 1")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** One entry as a client keeps it. */
    record Seen(String cursor, long version, String event, String key) {}

    static RequestSpecification asEditor() {
        return Api.given().header("Authorization", Tokens.bearer(Tokens.editor()));
    }

    static String etag(String path) {
        return asEditor()
                .get(path + "/revisions")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** Creates a source as a draft; returns its path. */
    static String draftSource(String id) {
        asEditor()
                .contentType("application/json")
                .body(Map.of(
                        "id", id, "title", "Feed test " + id, "publisher", "WMCA", "url", "https://www.wmca.org.uk/"))
                .post("/api/v1/sources")
                .then()
                .statusCode(201);
        return "/api/v1/sources/" + id;
    }

    static void publish(String path) {
        asEditor().header("If-Match", etag(path)).post(path + "/publish").then().statusCode(200);
    }

    /** Walks the feed from a cursor (null: the beginning) to its end, {@code limit} at a time. */
    static List<Seen> walk(String since, int limit) {
        List<Seen> seen = new ArrayList<>();
        String cursor = since;
        while (true) {
            RequestSpecification request = given().queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("since", cursor);
            }
            JsonPath page =
                    request.get(CHANGES).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> data = page.getList("data");
            for (Map<String, Object> entry : data) {
                seen.add(new Seen(
                        (String) entry.get("cursor"),
                        ((Number) entry.get("version")).longValue(),
                        (String) entry.get("event"),
                        (String) entry.get("key")));
            }
            cursor = page.getString("meta.next");
            if (!page.getBoolean("meta.hasMore")) {
                return seen;
            }
        }
    }

    /** The cursor at the end of the feed now. */
    static String end() {
        List<Seen> all = walk(null, 1000);
        return all.get(all.size() - 1).cursor();
    }

    @Test
    void shouldReplayTheWholeSeededContentFromTheBeginning() {
        List<Seen> all = walk(null, 1000);
        assertTrue(all.size() >= 84, "seeded items: " + all.size());
        assertTrue(all.stream()
                .anyMatch(s -> s.event().equals("plan.published") && s.key().equals("plan")));
        assertTrue(all.stream()
                .anyMatch(s -> s.event().equals("cluster.published") && s.key().equals("aerospace")));
        given().queryParam("limit", 2)
                .get(CHANGES)
                .then()
                .statusCode(200)
                .body("data[0].action", equalTo("published"))
                .body("data[0].links.item", startsWith("/api/v1/sources/"))
                .body("meta.limit", equalTo(2))
                .body("meta.hasMore", equalTo(true))
                .body("links.next", containsString("since="))
                .header("Link", containsString("rel=\"next\""))
                .header("ETag", startsWith("\""))
                .header("Cache-Control", containsString("public"));
    }

    @Test
    void shouldRecordPublishUpdateUnpublishAndDeleteInCommitOrder() {
        String since = end();
        String id = "feed-order-" + UUID.randomUUID().toString().substring(0, 8);
        String path = draftSource(id);
        assertEquals(List.of(), walk(since, 10), "a draft is not in the feed");
        publish(path);
        asEditor()
                .contentType("application/merge-patch+json")
                .header("If-Match", etag(path))
                .body("{\"title\": \"Feed test, retitled\"}")
                .patch(path)
                .then()
                .statusCode(200);
        publish(path);
        asEditor()
                .header("If-Match", etag(path))
                .post(path + "/unpublish")
                .then()
                .statusCode(200);
        String gone = draftSource(id + "-gone");
        publish(gone);
        asEditor().header("If-Match", etag(gone)).delete(gone).then().statusCode(204);

        List<Seen> after = walk(since, 2);
        assertEquals(
                List.of(
                        "source.published " + id,
                        "source.updated " + id,
                        "source.unpublished " + id,
                        "source.published " + id + "-gone",
                        "source.deleted " + id + "-gone"),
                after.stream().map(s -> s.event() + " " + s.key()).toList());
        for (int i = 1; i < after.size(); i++) {
            assertTrue(after.get(i).version() > after.get(i - 1).version(), "versions grow: " + after);
        }
        JsonPath tail = given().queryParam("since", after.get(2).cursor())
                .get(CHANGES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("deleted", tail.getString("data[1].action"));
        assertNull(tail.get("data[1].links"), "a tombstone links to nothing");
        assertEquals("/api/v1/sources/" + id + "-gone", tail.getString("data[0].links.item"));
    }

    @Test
    void shouldAnswer304UntilSomethingChanges() throws Exception {
        String since = end();
        String etag = given().queryParam("since", since)
                .get(CHANGES)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().queryParam("since", since)
                .header("If-None-Match", etag)
                .get(CHANGES)
                .then()
                .statusCode(304);
        publish(draftSource("feed-304-" + UUID.randomUUID().toString().substring(0, 8)));
        await("the kept page is dropped within the version poll interval")
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> given().queryParam("since", since)
                                .header("If-None-Match", etag)
                                .get(CHANGES)
                                .then()
                                .extract()
                                .statusCode(),
                        status -> status == 200);
    }

    @Test
    void shouldServeAtomByAcceptHeaderAndAtItsOwnPath() {
        String atom = given().header("Accept", "application/atom+xml")
                .get(CHANGES)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/atom+xml"))
                .extract()
                .asString();
        assertTrue(atom.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"), atom);
        assertTrue(atom.contains("<category term=\""), atom);
        String own = given().queryParam("limit", 3)
                .get("/api/v1/changes.atom")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/atom+xml"))
                .header("ETag", startsWith("\""))
                .extract()
                .asString();
        assertEquals(3, own.split("<entry>", -1).length - 1, own);
        String start = Cursor.START.encode();
        given().queryParam("since", start)
                .queryParam("limit", 2)
                .get("/api/v1/changes.atom")
                .then()
                .statusCode(200)
                .header(
                        "Link",
                        allOf(
                                containsString("</api/v1/changes.atom?since=" + start + "&limit=2>; rel=\"self\""),
                                containsString("rel=\"next\""),
                                containsString("</api/v1/changes?since=" + start
                                        + "&limit=2>; rel=\"alternate\"; type=\"application/json\"")));
        assertTrue(own.contains("limit=3"), "links are escaped XML: " + own);
        given().header("Accept", "text/csv").get(CHANGES).then().statusCode(406);
    }

    @Test
    void shouldLinkEveryAtomEntryToAPageForPeopleAndKeepTheJsonAlternate() throws Exception {
        String unpublished = "feed-atom-" + UUID.randomUUID().toString().substring(0, 8);
        String path = draftSource(unpublished);
        publish(path);
        asEditor()
                .header("If-Match", etag(path))
                .post(path + "/unpublish")
                .then()
                .statusCode(200);
        byte[] atom = given().queryParam("limit", ChangesResource.MAX_LIMIT)
                .get("/api/v1/changes.atom")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document feedDocument = factory.newDocumentBuilder().parse(new ByteArrayInputStream(atom));
        String origin = "http://localhost:" + io.restassured.RestAssured.port;
        Element feedElement = feedDocument.getDocumentElement();
        assertEquals(ATOM_NS, feedElement.getNamespaceURI());
        assertEquals(
                Map.of("text/html", origin + "/", "application/json", origin + CHANGES + "?limit=1000"),
                alternates(feedElement));
        NodeList entries = feedDocument.getElementsByTagNameNS(ATOM_NS, "entry");
        Set<String> pages = new HashSet<>();
        boolean card = false;
        boolean landing = false;
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            String event = entry.getElementsByTagNameNS(ATOM_NS, "category")
                    .item(0)
                    .getAttributes()
                    .getNamedItem("term")
                    .getNodeValue();
            Map<String, String> links = alternates(entry);
            String page = links.get("text/html");
            assertTrue(page != null && page.startsWith(origin + "/"), event + " links to a page: " + links);
            String json = links.get("application/json");
            if (json != null) {
                assertTrue(json.startsWith(origin + "/api/v1/"), json);
                String api = json.substring(origin.length());
                boolean hasCard = api.matches("/api/v1/(clusters|themes|places)/[^/]+");
                assertEquals(hasCard ? origin + api.replace("/api/v1/", "/embed/") : origin + "/", page, event);
                card |= hasCard;
                landing |= !hasCard;
            } else {
                assertEquals(origin + "/", page, event + ": not public any more, so the landing page");
            }
            pages.add(page.substring(origin.length()));
        }
        assertTrue(card && landing, "entries of types with and without cards");
        assertTrue(new String(atom, StandardCharsets.UTF_8).contains(unpublished), "the unpublished source is there");
        for (String page : pages) {
            Api.givenUndocumented()
                    .accept("text/html")
                    .get(page)
                    .then()
                    .statusCode(200)
                    .contentType(startsWith("text/html"));
        }
    }

    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    /** The rel="alternate" links directly under an Atom element, by type. */
    private static Map<String, String> alternates(Element parent) {
        Map<String, String> links = new java.util.LinkedHashMap<>();
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element link
                    && ATOM_NS.equals(link.getNamespaceURI())
                    && link.getLocalName().equals("link")
                    && link.getAttribute("rel").equals("alternate")) {
                assertNull(links.put(link.getAttribute("type"), link.getAttribute("href")), "one alternate a type");
            }
        }
        return links;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "since=not-a-cursor",
                "since=YzEuLTEuMA", // c1.-1.0
                "since=eDEuMS4w", // x1.1.0
                "since=%%%",
                "limit=0",
                "limit=1001",
                "limit=ten",
                "limit=5&limit=6",
                "since=",
                "page=2",
                "format=csv"
            })
    void shouldRefuseMalformedParametersWith400(String query) {
        given().get(CHANGES + "?" + query)
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.size()", org.hamcrest.Matchers.greaterThan(0));
        given().get("/api/v1/changes.atom?" + query)
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldAnswer410ForACursorAheadOfTheFeed() {
        String ahead = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("c1.999999999.0".getBytes(StandardCharsets.US_ASCII));
        given().queryParam("since", ahead)
                .get(CHANGES)
                .then()
                .statusCode(410)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("ahead of the feed"));
    }

    @Test
    void shouldAnswer410ForACursorFromBeforeTheCompactedPartAndKeepTheLatestOfEveryItem() {
        String since = end();
        String id = "feed-compact-" + UUID.randomUUID().toString().substring(0, 8);
        String path = draftSource(id);
        publish(path);
        asEditor()
                .contentType("application/merge-patch+json")
                .header("If-Match", etag(path))
                .body("{\"title\": \"Compacted\"}")
                .patch(path)
                .then()
                .statusCode(200);
        publish(path);
        String latest = end();

        assertTrue(feed.compact(Instant.now().plusSeconds(1)) > 0);
        version.refresh(); // what the next version poll does: drop the feed pages rendered before the compaction

        given().queryParam("since", since)
                .get(CHANGES)
                .then()
                .statusCode(410)
                .body("title", equalTo("Gone"))
                .body("detail", containsString("Start again without since"));
        given().queryParam("since", latest).get(CHANGES).then().statusCode(200);
        List<Seen> all = walk(null, 1000);
        assertEquals(
                List.of("source.updated"),
                all.stream().filter(s -> s.key().equals(id)).map(Seen::event).toList(),
                "only the latest entry of the item is kept");
        Set<String> keys = new HashSet<>();
        for (Seen seen : all) {
            assertTrue(keys.add(seen.event().split("\\.")[0] + " " + seen.key()), "one entry per item: " + seen);
            assertFalse(
                    seen.event().endsWith(".deleted") || seen.event().endsWith(".unpublished"), "old tombstones go");
        }
    }

    /**
     * Many editors publish at once while a reader walks the feed three entries at a time: the reader sees every
     * publish exactly once, in the same order as a walk after the dust settles.
     */
    @Test
    void shouldNeverSkipOrRepeatAChangeUnderConcurrentPublishes() throws Exception {
        int writers = 24;
        String since = end();
        String prefix = "feed-race-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            paths.add(draftSource(prefix + i));
        }
        List<String> etags = paths.stream().map(ChangeFeedTest::etag).toList();
        String authorization = Tokens.bearer(Tokens.editor());
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        Future<List<Seen>> reader = pool.submit(() -> {
            List<Seen> seen = new ArrayList<>();
            String cursor = since;
            start.await();
            boolean last = false;
            while (true) {
                boolean finalRound = !writing.get();
                JsonPath page = io.restassured.RestAssured.given()
                        .queryParam("since", cursor)
                        .queryParam("limit", 3)
                        .get(CHANGES)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                List<Map<String, Object>> data = page.getList("data");
                for (Map<String, Object> entry : data) {
                    seen.add(new Seen(
                            (String) entry.get("cursor"),
                            ((Number) entry.get("version")).longValue(),
                            (String) entry.get("event"),
                            (String) entry.get("key")));
                }
                cursor = page.getString("meta.next");
                if (finalRound && !page.getBoolean("meta.hasMore")) {
                    if (last) {
                        return seen;
                    }
                    last = true;
                    // One more round once this instance's version poll has caught up with the database, so
                    // that no kept page it reads can be stale.
                    long committed = committedVersion();
                    await().atMost(Duration.ofSeconds(10))
                            .until(() -> version.current().version() >= committed);
                }
            }
        });
        List<Future<Integer>> publishes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String path = paths.get(i);
            String etag = etags.get(i);
            publishes.add(pool.submit(() -> {
                start.await();
                return io.restassured.RestAssured.given()
                        .header("Authorization", authorization)
                        .header("If-Match", etag)
                        .post(path + "/publish")
                        .then()
                        .extract()
                        .statusCode();
            }));
        }
        start.countDown();
        for (Future<Integer> publish : publishes) {
            assertEquals(200, publish.get());
        }
        writing.set(false);
        List<Seen> whileWriting = reader.get();
        pool.shutdown();

        List<Seen> settled = walk(since, 5);
        assertEquals(settled, whileWriting, "the reader that raced the writers saw the same feed");
        List<String> published = settled.stream()
                .filter(s -> s.key().startsWith(prefix))
                .map(Seen::key)
                .sorted()
                .toList();
        assertEquals(
                paths.stream()
                        .map(p -> p.substring(p.lastIndexOf('/') + 1))
                        .sorted()
                        .toList(),
                published);
        assertEquals(settled.size(), new HashSet<>(settled).size(), "no entry twice");
        for (int i = 1; i < settled.size(); i++) {
            assertNotEquals(settled.get(i - 1).cursor(), settled.get(i).cursor());
            assertTrue(settled.get(i).version() >= settled.get(i - 1).version());
        }
    }
}
