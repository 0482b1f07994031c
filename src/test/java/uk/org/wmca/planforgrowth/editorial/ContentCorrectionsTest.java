package uk.org.wmca.planforgrowth.editorial;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.Api;
import uk.org.wmca.planforgrowth.TestDatabases;
import uk.org.wmca.planforgrowth.content.ContentDocument;
import uk.org.wmca.planforgrowth.content.ContentExporter;
import uk.org.wmca.planforgrowth.content.ContentFiles;
import uk.org.wmca.planforgrowth.content.ContentSeeder;
import uk.org.wmca.planforgrowth.content.ItemType;

/**
 * An upgraded database: seeded by the previous release (the content files it shipped, kept in
 * src/test/resources/content-previous), edited by an editor, then started on this release. It must end up publishing
 * what a fresh database publishes, but for the members the editor changed, through revisions by content-migration.
 */
@QuarkusTest
@TestProfile(ContentCorrectionsTest.Upgrade.class)
class ContentCorrectionsTest {

    /** A database of its own that starts empty: the test seeds it as the previous release did. */
    public static class Upgrade implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(TestDatabases.own("corrections"));
            overrides.put("pfg.content.seed", "false");
            return overrides;
        }
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    @Inject
    ContentSeeder seeder;

    @Inject
    ContentCorrections corrections;

    @Inject
    ContentExporter exporter;

    @Test
    void anUpgradedDatabasePublishesTheCorrectedContentAndKeepsEditorsChanges() {
        // the start found no content, so it recorded nothing
        assertTrue(corrections.run().isEmpty());
        assertTrue(seeder.seedIfEmpty(ContentFiles.read("content-previous"), "previous-release"));
        Api.given()
                .get("/api/v1/facts/regional-output-2019")
                .then()
                .statusCode(200)
                .body("data.geography", equalTo("West Midlands region"))
                .body("data.horizonYear", equalTo(2019));

        // an editor's later changes: one item wholly, one in part
        Editor.patch("/api/v1/facts/overseas-investment-target", "{\"geography\":\"West Midlands\",\"note\":\"Ours.\"}")
                .statusCode(200);
        Editor.publish("/api/v1/facts/overseas-investment-target").statusCode(200);
        Editor.patch("/api/v1/facts/export-deals-target", "{\"note\":\"An editor's note.\"}")
                .statusCode(200);
        Editor.publish("/api/v1/facts/export-deals-target").statusCode(200);

        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
                if (message != null && message.startsWith("Content correction")) {
                    logged.add(message);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        List<ContentCorrections.Result> first;
        List<ContentCorrections.Result> second;
        try {
            first = corrections.run();
            second = corrections.run(); // the next start
        } finally {
            root.removeHandler(capture);
        }

        Map<String, ContentCorrections.Outcome> outcomes = new HashMap<>();
        first.forEach(r -> outcomes.put(r.id(), r.outcome()));
        assertEquals(34, first.size(), "every item of the set is looked at once: " + first);
        assertEquals(
                ContentCorrections.Outcome.SKIPPED, outcomes.get("third-fact-check:fact/overseas-investment-target"));
        assertEquals(
                ContentCorrections.Outcome.PARTLY_APPLIED, outcomes.get("third-fact-check:fact/export-deals-target"));
        assertEquals(
                32,
                outcomes.values().stream()
                        .filter(o -> o == ContentCorrections.Outcome.APPLIED)
                        .count(),
                "the others: "
                        + first.stream()
                                .filter(r -> r.outcome() != ContentCorrections.Outcome.APPLIED)
                                .toList());
        assertTrue(second.isEmpty(), "a second run changes nothing: " + second);
        assertEquals(
                1,
                logged.stream()
                        .filter(line -> line.contains("fact/overseas-investment-target") && line.contains("skipped"))
                        .count(),
                "the skipped correction is logged once: " + logged);

        // what is published now equals the corrected content files, but for the editor's members
        ContentDocument corrected = ContentFiles.read();
        for (ItemType type : ItemType.values()) {
            for (Object wanted : corrected.items(type)) {
                String key = type.keyOf(wanted);
                JsonNode expected = MAPPER.valueToTree(wanted);
                JsonNode actual = QuarkusTransaction.requiringNew()
                        .call(() ->
                                MAPPER.valueToTree(exporter.document(type, key).orElseThrow()));
                expected.fieldNames().forEachRemaining(member -> {
                    boolean editors = (key.equals("overseas-investment-target")
                                    && (member.equals("geography") || member.equals("note")))
                            || (key.equals("export-deals-target") && member.equals("note"));
                    if (!editors) {
                        assertTrue(
                                ContentCorrections.same(expected.get(member), actual.get(member)),
                                type.wireName() + " " + key + " " + member + ": expected " + expected.get(member)
                                        + ", published " + actual.get(member));
                    }
                });
            }
        }
        Api.given()
                .get("/api/v1/facts/overseas-investment-target")
                .then()
                .statusCode(200)
                .body("data.geography", equalTo("West Midlands"))
                .body("data.note", equalTo("Ours."));
        Api.given()
                .get("/api/v1/facts/export-deals-target")
                .then()
                .statusCode(200)
                .body("data.geography", equalTo("Not stated by the source"))
                .body("data.note", equalTo("An editor's note."));
        Api.given()
                .get("/api/v1/facts/regional-output-2019")
                .then()
                .statusCode(200)
                .body("data.horizonYear", nullValue())
                .body("data.geography", equalTo("Not stated by the source (WMCA's usage matches its three-LEP area)"));
        Api.given()
                .get("/api/v1/clusters/smart-energy-systems")
                .then()
                .statusCode(200)
                .body("data.nameStatus", equalTo("confirmed"))
                .body("data.planDocumentNameStatus", equalTo("inferred"));

        // each correction is a published revision by content-migration, and a change-feed entry
        Editor.asEditor()
                .get("/api/v1/facts/regional-output-2019/revisions")
                .then()
                .statusCode(200)
                .body("data[0].number", equalTo(3))
                .body("data[0].action", equalTo("published"))
                .body("data[0].author", equalTo(ContentCorrections.AUTHOR))
                .body("data[0].changed", hasItem("geography"))
                .body("data[1].action", equalTo("updated"))
                .body("data[1].author", equalTo(ContentCorrections.AUTHOR))
                .body("data[2].action", equalTo("seeded"));
        Editor.asEditor()
                .get("/api/v1/facts/overseas-investment-target/revisions")
                .then()
                .statusCode(200)
                .body("data[0].author", startsWith("test editor"))
                .body("data.size()", equalTo(3));
        Api.given()
                .get("/api/v1/changes?limit=100")
                .then()
                .statusCode(200)
                .body(
                        "data.findAll { it.type == 'fact' && it.key == 'regional-output-2019' }.action",
                        hasItem("updated"));
    }
}
