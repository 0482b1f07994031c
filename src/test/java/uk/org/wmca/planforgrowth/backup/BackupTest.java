package uk.org.wmca.planforgrowth.backup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.Api;
import uk.org.wmca.planforgrowth.Tokens;
import uk.org.wmca.planforgrowth.content.ContentChanged;
import uk.org.wmca.planforgrowth.content.ContentVersion;

/**
 * Backup you can trust: export the whole content, empty the database, import the export, and every published
 * representation comes back byte for byte with the same ETag; drafts and revisions come back too. Also every refusal.
 */
@QuarkusTest
@TestProfile(BackupProfile.class)
class BackupTest {

    private static final String EXPORT = "/api/v1/admin/export";
    private static final String IMPORT = "/api/v1/admin/import";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Children before parents: the order in which the content tables can be emptied. */
    private static final List<String> TABLES = List.of(
            "plan_source",
            "plan_headline_fact",
            "principle",
            "plan_foreword_signatory",
            "plan",
            "theme_cluster",
            "theme_source",
            "theme_fact",
            "theme_intervention",
            "cluster_priority",
            "cluster_leadership_body",
            "cluster_key_asset",
            "cluster_source",
            "cluster_fact",
            "cluster_place",
            "theme",
            "cluster",
            "intervention_source",
            "intervention_fact",
            "intervention",
            "place",
            "fact_other_source",
            "fact",
            "source",
            "content_seed",
            "draft",
            "revision");

    @Inject
    EntityManager entityManager;

    @Inject
    ContentVersion version;

    @Test
    void anExportImportedIntoAnEmptyDatabaseGivesBackTheSameRepresentationsAndEtags() throws Exception {
        makeEditorialHistory();
        Map<String, Response> before = readEverything();
        assertTrue(before.size() > 100, "read " + before.size() + " representations");
        String export = export(true);
        JsonNode exported = JSON.readTree(export);
        assertTrue(exported.get("drafts").size() >= 2, "the pending draft and the new source are exported");

        emptyTheDatabase();
        Api.given().get("/api/v1/clusters").then().statusCode(200).body("meta.total", is(0));

        // A backup with a reference to nothing is refused whole: the database stays empty.
        ObjectNode dangling = exported.deepCopy();
        ((ObjectNode) dangling.at("/published/clusters/0")).putArray("places").add("atlantis");
        importing(dangling.toString())
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.name", hasItem("published"))
                .body("errors.message", hasItem(containsString("atlantis")));
        Api.given().get("/api/v1/sources").then().statusCode(200).body("meta.total", is(0));

        importing(export)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("data.published.cluster", is(13))
                .body("data.published.theme", is(7))
                .body("data.published.plan", is(1))
                .body("data.drafts", is(exported.get("drafts").size()))
                .body("data.revisions", is(exported.get("revisions").size()))
                .body("links.self", is(IMPORT));

        Map<String, Response> after = readEverything();
        assertEquals(before.keySet(), after.keySet(), "the same items and pages exist");
        before.forEach((url, response) -> {
            Response again = after.get(url);
            assertEquals(response.statusCode(), again.statusCode(), url);
            assertEquals(response.header("ETag"), again.header("ETag"), url + " ETag");
            assertEquals(response.asString(), again.asString(), url + " body");
        });

        // The editorial state came back too: the pending draft, the new source, the history.
        JsonNode again = JSON.readTree(export(true));
        for (String member : List.of("published", "drafts", "revisions")) {
            assertEquals(exported.get(member), again.get(member), member + " round-trips");
        }
        asEditor().get("/api/v1/drafts").then().statusCode(200).body("data.id", hasItem("backup-test-source"));
    }

    @Test
    void anExportWithoutRevisionsHasTheContentAndTheDrafts() throws Exception {
        JsonNode backup = JSON.readTree(export(false));
        assertEquals("plan-for-growth-backup", backup.get("format").asText());
        assertEquals(1, backup.get("formatVersion").asInt());
        assertEquals(0, backup.get("revisions").size());
        assertEquals(13, backup.at("/published/clusters").size());
        assertTrue(backup.at("/published/facts").size() > 20);
    }

    @Test
    void onlyAdminsExportAndImport() {
        for (String path : List.of(EXPORT, IMPORT)) {
            boolean post = path.equals(IMPORT);
            Response anonymous = post
                    ? Api.given().contentType("application/json").body("{}").post(path)
                    : Api.given().get(path);
            anonymous
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"));
            var editor = Api.given().header("Authorization", Tokens.bearer(Tokens.editor()));
            (post ? editor.contentType("application/json").body("{}").post(path) : editor.get(path))
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            var revoked = Api.given().header("Authorization", Tokens.bearer(Tokens.revoked()));
            (post ? revoked.contentType("application/json").body("{}").post(path) : revoked.get(path))
                    .then()
                    .statusCode(401);
        }
    }

    @Test
    void exportRefusesUnknownAndMalformedParameters() {
        asAdmin().get(EXPORT + "?revision=false").then().statusCode(400).body("errors[0].name", is("revision"));
        asAdmin()
                .get(EXPORT + "?revisions=yes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].valid", equalTo(List.of("true", "false")));
        asAdmin().get(EXPORT + "?revisions=true&revisions=false").then().statusCode(400);
        asAdmin().get(EXPORT + "?revisions=").then().statusCode(400);
        asAdmin().accept("text/csv").get(EXPORT).then().statusCode(406);
    }

    @Test
    void importIntoADatabaseWithContentIsAConflictAndChangesNothing() throws Exception {
        String etag = Api.given()
                .get("/api/v1/clusters")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        importing(export(true))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("empty database"));
        Api.given().get("/api/v1/clusters").then().statusCode(200).header("ETag", etag);
    }

    @Test
    void importRefusesMalformedWrongAndOversizedBodies() throws Exception {
        importing("{\"format\": ").then().statusCode(400).contentType("application/problem+json");
        importing("[]").then().statusCode(400).body("detail", containsString("one JSON object"));
        importing("").then().statusCode(400);
        asAdmin()
                .contentType("text/plain")
                .body("{}")
                .post(IMPORT)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        asAdmin()
                .contentType("application/json")
                .body("{}")
                .post(IMPORT + "?dryRun=true")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("dryRun"));

        ObjectNode backup = (ObjectNode) JSON.readTree(export(true));
        ObjectNode wrong = backup.deepCopy();
        wrong.put("formatVersion", 2);
        wrong.put("surprise", true);
        importing(wrong.toString()).then().statusCode(422).body("errors.name", hasItem("surprise"));
        wrong.remove("surprise");
        importing(wrong.toString()).then().statusCode(422).body("errors.name", hasItem("formatVersion"));

        ObjectNode badItem = backup.deepCopy();
        ((ObjectNode) badItem.at("/published/clusters/3")).put("slug", "Not A Slug");
        ((ArrayNode) badItem.get("drafts")).addObject().put("type", "planet").put("key", "mars");
        importing(badItem.toString())
                .then()
                .statusCode(422)
                .body("errors.name", hasItem("published.clusters[3].slug"))
                .body("errors.name", hasItem("drafts[" + backup.get("drafts").size() + "].type"));

        ObjectNode twice = backup.deepCopy();
        ((ArrayNode) twice.get("revisions")).add(twice.get("revisions").get(0).deepCopy());
        importing(twice.toString())
                .then()
                .statusCode(422)
                .body("errors.message", hasItem(containsString("a second revision")));

        String oversized = "{\"format\": \"" + "x".repeat(BackupProfile.IMPORT_LIMIT) + "\"}";
        importing(oversized)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString(String.valueOf(BackupProfile.IMPORT_LIMIT)));
    }

    /**
     * An import is checked whole before anything is written: a draft without a document, a key that is a path, and
     * duplicate GSS codes and intervention codes (published or among drafts) are each named in one 422, and an empty
     * database stays empty.
     */
    @Test
    void importRefusesEveryBadPartAtOnceAndWritesNothing() throws Exception {
        String good = export(true);
        ObjectNode bad = (ObjectNode) JSON.readTree(good);
        ArrayNode drafts = (ArrayNode) bad.get("drafts");
        int first = drafts.size();
        drafts.addObject()
                .put("type", "source")
                .put("key", "null-document")
                .put("updatedAt", "2026-01-01T00:00:00Z")
                .put("updatedBy", "test")
                .putNull("document");
        drafts.addObject()
                .put("type", "source")
                .put("key", "empty-document")
                .put("updatedAt", "2026-01-01T00:00:00Z")
                .put("updatedBy", "test")
                .putObject("document");
        ObjectNode escape = drafts.addObject()
                .put("type", "source")
                .put("key", "../../etc")
                .put("updatedAt", "2026-01-01T00:00:00Z")
                .put("updatedBy", "test");
        escape.putObject("document")
                .put("id", "../../etc")
                .put("title", "T")
                .put("publisher", "P")
                .put("url", "https://example.org/");
        for (String slug : new String[] {"twin-one", "twin-two"}) {
            drafts.addObject()
                    .put("type", "place")
                    .put("key", slug)
                    .put("updatedAt", "2026-01-01T00:00:00Z")
                    .put("updatedBy", "test")
                    .putObject("document")
                    .put("slug", slug)
                    .put("name", "Twin")
                    .put("gssCode", "E07009999")
                    .put("kind", "non-constituent")
                    .put("status", "confirmed")
                    .put("source", "ons-local-authority-district-codes");
        }
        ArrayNode places = (ArrayNode) bad.at("/published/places");
        ((ObjectNode) places.get(1)).put("gssCode", places.get(0).get("gssCode").asText());
        ArrayNode interventions = (ArrayNode) bad.at("/published/interventions");
        ((ObjectNode) interventions.get(1))
                .put("code", interventions.get(0).get("code").asText());

        emptyTheDatabase();
        try {
            checkRefused(bad, first);
        } finally {
            importing(good).then().statusCode(200);
        }
        asEditor().get("/api/v1/drafts").then().statusCode(200);
    }

    private void checkRefused(ObjectNode bad, int first) {
        Response refused = importing(bad.toString());
        refused.then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("requestId", equalTo(refused.header("X-Request-Id")))
                .body("errors.name", hasItem("drafts[" + first + "].document"))
                .body("errors.name", hasItem("drafts[" + (first + 1) + "].document"))
                .body("errors.name", hasItem("drafts[" + (first + 2) + "].key"))
                .body("errors.name", hasItem("drafts[" + (first + 4) + "].document.gssCode"))
                .body("errors.name", hasItem("published.places[1].gssCode"))
                .body("errors.name", hasItem("published.interventions[1].code"));
        assertThatTheDatabaseIsEmpty();
    }

    /** Whatever a draft row holds (written behind the API's back), a preview read answers, never 500. */
    @Test
    void aPreviewNeverFailsWhateverTheDraftsHold() {
        String[] documents = {"{}", "null", "[]", "not json", "{\"slug\": 7}"};
        for (int i = 0; i < documents.length; i++) {
            String key = "broken-" + i;
            String document = documents[i];
            QuarkusTransaction.requiringNew()
                    .run(() -> entityManager
                            .createNativeQuery("insert into draft (item_type, item_key, document, updated_at,"
                                    + " updated_by) values ('cluster', ?1, ?2, current_timestamp, 'test')")
                            .setParameter(1, key)
                            .setParameter(2, document)
                            .executeUpdate());
            try {
                for (String path : new String[] {
                    "/api/v1/clusters?preview=true",
                    "/api/v1/clusters/aerospace?preview=true",
                    "/api/v1/plan?preview=true"
                }) {
                    int status = asEditor().get(path).then().extract().statusCode();
                    assertTrue(status < 500, path + " with draft " + document + " answered " + status);
                }
            } finally {
                QuarkusTransaction.requiringNew()
                        .run(() -> entityManager
                                .createNativeQuery("delete from draft where item_key = ?1")
                                .setParameter(1, key)
                                .executeUpdate());
            }
        }
    }

    private static io.restassured.specification.RequestSpecification asAdmin() {
        return Api.given().header("Authorization", Tokens.bearer(Tokens.admin()));
    }

    private static io.restassured.specification.RequestSpecification asEditor() {
        return Api.given().header("Authorization", Tokens.bearer(Tokens.editor()));
    }

    /** The current write ETag of an item, from its revisions. */
    private static String writeEtag(String path) {
        return asEditor()
                .get(path + "/revisions")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static String export(boolean revisions) {
        return asAdmin()
                .get(EXPORT + (revisions ? "" : "?revisions=false"))
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", startsWith("attachment; filename=\"plan-for-growth-backup-v"))
                .extract()
                .asString();
    }

    private static Response importing(String body) {
        return asAdmin().contentType("application/json").body(body).post(IMPORT);
    }

    /** A published correction, a pending edit of a published item, and a new item that is only a draft. */
    private static void makeEditorialHistory() {
        String cluster = "/api/v1/clusters/aerospace";
        String etag = writeEtag(cluster);
        asEditor()
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("{\"opportunity\": \"Corrected for the backup test.\"}")
                .patch(cluster)
                .then()
                .statusCode(200);
        asEditor()
                .header("If-Match", writeEtag(cluster))
                .post(cluster + "/publish")
                .then()
                .statusCode(200);
        String theme = "/api/v1/themes";
        String themeKey = Api.given()
                .get(theme + "?size=1")
                .then()
                .statusCode(200)
                .extract()
                .path("data[0].links.self");
        String themeEtag = writeEtag(themeKey);
        asEditor()
                .contentType("application/merge-patch+json")
                .header("If-Match", themeEtag)
                .body("{\"summary\": \"A pending edit that the public does not see yet.\"}")
                .patch(themeKey)
                .then()
                .statusCode(200);
        asEditor()
                .contentType("application/json")
                .body("{\"id\": \"backup-test-source\", \"title\": \"A source only in a draft\","
                        + " \"publisher\": \"Backup test\", \"url\": \"https://example.org/backup\"}")
                .post("/api/v1/sources")
                .then()
                .statusCode(201);
    }

    /** Every public representation: the index, the plan, each list page (JSON and CSV), each item, each card. */
    private static Map<String, Response> readEverything() {
        Map<String, Response> read = new LinkedHashMap<>();
        read.put("/api/v1", Api.given().get("/api/v1"));
        read.put("/api/v1/plan", Api.given().get("/api/v1/plan"));
        read.put("/api/v1/search?q=battery", Api.given().get("/api/v1/search?q=battery"));
        for (String list : List.of("themes", "clusters", "interventions", "places", "facts", "sources")) {
            String path = "/api/v1/" + list;
            Response page = Api.given().get(path + "?size=100");
            read.put(path + "?size=100", page);
            String csv = path + "?format=csv";
            read.put(csv, Api.given().get(csv));
            List<String> items = new ArrayList<>(page.path("data.links.self"));
            for (String item : items) {
                read.put(item, Api.given().get(item));
                if (List.of("themes", "clusters", "places").contains(list)) {
                    String card = item.replace("/api/v1/", "/embed/");
                    read.put(card, Api.givenUndocumented().get(card));
                }
            }
        }
        read.values().forEach(response -> assertEquals(200, response.statusCode()));
        return read;
    }

    /** Deletes every item, draft and revision, and makes the instance forget what it rendered. */
    private void emptyTheDatabase() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : TABLES) {
                entityManager.createNativeQuery("delete from " + table).executeUpdate();
            }
            version.bump(List.of(ContentChanged.EVERYTHING));
        });
        version.refresh();
        assertThatTheDatabaseIsEmpty();
    }

    private void assertThatTheDatabaseIsEmpty() {
        asEditor().get("/api/v1/drafts").then().statusCode(200).body("data", empty());
        Api.given().get("/api/v1/facts").then().statusCode(200).body("meta.total", is(0));
        Api.given().get("/api/v1/plan").then().statusCode(greaterThan(399));
    }
}
