package uk.org.wmca.planforgrowth.editorial;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static uk.org.wmca.planforgrowth.editorial.Editor.asEditor;
import static uk.org.wmca.planforgrowth.editorial.Editor.etag;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.Api;

/** The write API end to end: correct, publish, draft, preview, unpublish, delete, restore, and every refusal. */
@QuarkusTest
@TestProfile(EditingProfile.class)
class WritingTest {

    private static final String JOBS = "/api/v1/facts/ev-cluster-additional-jobs";
    private static final String EV = "/api/v1/clusters/electric-light-vehicles";

    @Test
    void anEditorCorrectsAClusterFigureAndPublishesIt() {
        String before = etag(JOBS);
        asEditor()
                .contentType(Editing.MERGE_PATCH)
                .header("If-Match", before)
                .body("{\"min\": 11300, \"max\": 12500}")
                .patch(JOBS)
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(before)))
                .header("Cache-Control", "no-store")
                .body("data.status", is("published"))
                .body("data.hasUnpublishedChanges", is(true))
                .body("data.document.min", is(11300))
                .body("data.document.label", startsWith("Extra jobs")); // absent members are kept

        // The public API still shows the published figure while the draft waits.
        Api.given().get(EV).then().statusCode(200).body("data.growth.jobs.min", is(11200));

        Editor.publish(JOBS).statusCode(200).body("data.hasUnpublishedChanges", is(false));

        Api.given().get(JOBS).then().statusCode(200).body("data.min", is(11300)).body("data.max", is(12500));
        Api.given().get(EV).then().statusCode(200).body("data.growth.jobs.min", is(11300));
        Api.given()
                .get("/api/v1/facts?size=100")
                .then()
                .body("data.find { it.id == 'ev-cluster-additional-jobs' }.min", is(11300));

        String editorName = asEditor().get(JOBS + "/revisions").then().extract().path("data[0].author");
        asEditor()
                .get(JOBS + "/revisions")
                .then()
                .statusCode(200)
                .body("data.action", contains("published", "updated", "seeded"))
                .body("data[1].changed", contains("min", "max"))
                .body("data[1].author", is(editorName))
                .body("data[2].author", is("content-files"));
        asEditor()
                .get(JOBS + "/revisions/2")
                .then()
                .statusCode(200)
                .body("data.document.min", is(11300))
                .body("data.action", is("updated"));
    }

    @Test
    void mergePatchRemovesNullMembersAndKeepsAbsentOnes() {
        String path = "/api/v1/themes/commitment-to-net-zero";
        asEditor()
                .contentType(Editing.MERGE_PATCH)
                .header("If-Match", etag(path))
                .body("{\"detail\": null, \"summary\": \"Net zero, summarised again.\"}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("data.document.detail", nullValue())
                .body("data.document.summary", is("Net zero, summarised again."))
                .body("data.document.clusters", hasItem("smart-energy-systems"));
        // A patch that nulls a required member is invalid, and names it.
        asEditor()
                .contentType(Editing.MERGE_PATCH)
                .header("If-Match", etag(path))
                .body("{\"name\": null}")
                .patch(path)
                .then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.name", contains("name"));
    }

    @Test
    void aNewItemIsADraftUntilPublishedAndNeverLeaks() {
        Map<String, Object> place = Map.of(
                "slug", "zebracorn-vale",
                "name", "Zebracorn Vale",
                "gssCode", "E07000999",
                "kind", "non-constituent",
                "status", "confirmed",
                "source", "ons-local-authority-district-codes");
        int placesBefore = Api.given().get("/api/v1/places").then().extract().path("meta.total");
        asEditor()
                .contentType("application/json")
                .body(place)
                .post("/api/v1/places")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/places/zebracorn-vale"))
                .header("ETag", "\"rev-1\"")
                .body("data.status", is("draft"));

        Api.given().get("/api/v1/places/zebracorn-vale").then().statusCode(404);
        Api.given().get("/api/v1/places/E07000999").then().statusCode(404);
        Api.given().get("/api/v1/places").then().body("meta.total", is(placesBefore));
        Api.given().get("/api/v1/places?q=zebracorn").then().body("meta.total", is(0));
        Api.given().get("/api/v1/search?q=zebracorn").then().body("meta.total", is(0));
        Api.given().get("/api/v1/places?format=csv").then().statusCode(200).body(not(containsString("zebracorn")));

        // Editors see it with preview=true; the response is private and never cached.
        asEditor()
                .get("/api/v1/places/zebracorn-vale?preview=true")
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("data.name", is("Zebracorn Vale"));
        asEditor()
                .get("/api/v1/places?preview=true&q=zebracorn")
                .then()
                .statusCode(200)
                .body("meta.total", is(1));
        Api.given().get("/api/v1/places/zebracorn-vale?preview=true").then().statusCode(401);
        Api.given().get("/api/v1/places/zebracorn-vale").then().statusCode(404); // the preview left nothing behind

        Editor.publish("/api/v1/places/zebracorn-vale").statusCode(200).body("data.status", is("published"));
        Api.given().get("/api/v1/places/E07000999").then().statusCode(200).body("data.slug", is("zebracorn-vale"));
        Api.given().get("/api/v1/places").then().body("meta.total", is(placesBefore + 1));

        // Unpublish: gone from the public API, kept as a draft.
        asEditor()
                .header("If-Match", etag("/api/v1/places/zebracorn-vale"))
                .post("/api/v1/places/zebracorn-vale/unpublish")
                .then()
                .statusCode(200)
                .body("data.status", is("draft"));
        Api.given().get("/api/v1/places/zebracorn-vale").then().statusCode(404);
        Api.given().get("/api/v1/places").then().body("meta.total", is(placesBefore));

        // Delete, then restore from history.
        asEditor()
                .header("If-Match", etag("/api/v1/places/zebracorn-vale"))
                .delete("/api/v1/places/zebracorn-vale")
                .then()
                .statusCode(204);
        asEditor()
                .get("/api/v1/places/zebracorn-vale/revisions")
                .then()
                .statusCode(200)
                .body("data.action", contains("deleted", "unpublished", "published", "created"));
        asEditor()
                .header("If-Match", etag("/api/v1/places/zebracorn-vale"))
                .post("/api/v1/places/zebracorn-vale/revisions/1/restore")
                .then()
                .statusCode(200)
                .body("data.status", is("draft"))
                .body("data.document.name", is("Zebracorn Vale"));
        asEditor()
                .get("/api/v1/places/zebracorn-vale/revisions")
                .then()
                .body("data[0].action", is("restored"))
                .body("data", org.hamcrest.Matchers.hasSize(5));
    }

    @Test
    void editsToAPublishedItemStayOutOfThePublicApiUntilPublished() {
        String path = "/api/v1/clusters/aerospace";
        Editor.patch(path, "{\"name\": \"Zebrafly Aerospace\"}").statusCode(200);
        Api.given().get(path).then().body("data.name", is("Aerospace"));
        Api.given().get("/api/v1/clusters?q=zebrafly").then().body("meta.total", is(0));
        Api.given().get("/api/v1/search?q=zebrafly").then().body("meta.total", is(0));
        Api.given().get("/api/v1/clusters?format=csv").then().body(not(containsString("Zebrafly")));
        asEditor().get(path + "?preview=true").then().body("data.name", is("Zebrafly Aerospace"));
        // Back to the published text: nothing is pending any more.
        Editor.patch(path, "{\"name\": \"Aerospace\"}").statusCode(200).body("data.hasUnpublishedChanges", is(false));
    }

    @Test
    void replaceTakesTheWholeDocumentAndTheSlugCannotChange() {
        String path = "/api/v1/sources/wmca-levers-of-growth";
        Map<String, Object> document = Map.of(
                "id", "wmca-levers-of-growth",
                "title", "Levers of growth (retitled)",
                "publisher", "West Midlands Combined Authority",
                "url", "https://www.wmca.org.uk/");
        asEditor()
                .contentType("application/json")
                .header("If-Match", etag(path))
                .body(document)
                .put(path)
                .then()
                .statusCode(200)
                .body("data.document.title", is("Levers of growth (retitled)"));
        asEditor()
                .contentType("application/json")
                .header("If-Match", etag(path))
                .body(Map.of("id", "another-id", "title", "T", "publisher", "P", "url", "https://x.org/"))
                .put(path)
                .then()
                .statusCode(422)
                .body("errors.name", contains("id"));
    }

    @Test
    void deletingASourceStillCitedIsAConflictNamingWhatCitesIt() {
        String path = "/api/v1/sources/wmca-primary-clusters";
        asEditor()
                .header("If-Match", etag(path))
                .delete(path)
                .then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("fact 'primary-clusters-gva-uplift' (source)"));
        Api.given().get(path).then().statusCode(200);
    }

    @Test
    void publishingNeedsEveryReferenceToBePublished() {
        asEditor()
                .contentType("application/json")
                .body(Map.of(
                        "id", "draft-only-source",
                        "title", "A draft source",
                        "publisher", "WMCA",
                        "url", "https://www.wmca.org.uk/"))
                .post("/api/v1/sources")
                .then()
                .statusCode(201);
        String path = "/api/v1/facts/regional-output-2019";
        Editor.patch(path, "{\"source\": \"draft-only-source\"}").statusCode(200);
        Editor.publish(path)
                .statusCode(422)
                .body("errors.name", contains("source"))
                .body("errors[0].message", containsString("not published"));
        // A reference to nothing at all is refused when the draft is saved.
        Editor.patch(path, "{\"source\": \"no-such-source\"}")
                .statusCode(422)
                .body("errors[0].message", containsString("There is no source 'no-such-source'"));
    }

    @Test
    void conflictsOnKeysAndCodes() {
        asEditor()
                .contentType("application/json")
                .body(Map.of(
                        "id", "wmca-primary-clusters",
                        "title", "Duplicate",
                        "publisher", "WMCA",
                        "url", "https://www.wmca.org.uk/"))
                .post("/api/v1/sources")
                .then()
                .statusCode(409)
                .body("detail", containsString("already exists"));
        asEditor()
                .contentType("application/json")
                .body(Map.of(
                        "slug", "second-birmingham",
                        "name", "Birmingham again",
                        "gssCode", "E08000025",
                        "kind", "constituent",
                        "status", "confirmed",
                        "source", "ons-local-authority-district-codes"))
                .post("/api/v1/places")
                .then()
                .statusCode(409)
                .body("detail", containsString("gssCode 'E08000025' already belongs to the place 'birmingham'"));
    }

    @Test
    void preconditions() {
        String path = "/api/v1/interventions/early-growth-fund";
        String body = "{\"summary\": \"Changed.\"}";
        asEditor()
                .contentType(Editing.MERGE_PATCH)
                .body(body)
                .patch(path)
                .then()
                .statusCode(428)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("If-Match"));
        asEditor()
                .contentType(Editing.MERGE_PATCH)
                .header("If-Match", "*")
                .body(body)
                .patch(path)
                .then()
                .statusCode(428);
        asEditor()
                .contentType(Editing.MERGE_PATCH)
                .header("If-Match", "\"rev-999\"")
                .body(body)
                .patch(path)
                .then()
                .statusCode(412)
                .contentType(startsWith("application/problem+json"));
        String publicEtag = Api.given().get(path).then().extract().header("ETag");
        asEditor()
                .contentType(Editing.MERGE_PATCH)
                .header("If-Match", publicEtag)
                .body(body)
                .patch(path)
                .then()
                .statusCode(412);
        asEditor().header("If-Match", etag(path)).post(path + "/publish").then().statusCode(409); // nothing to publish
        asEditor()
                .header("If-Match", "\"rev-0\"")
                .delete(path)
                .then()
                .statusCode(412)
                .body("status", is(412));
    }

    @Test
    void malformedWrongAndOversizedBodies() {
        String path = "/api/v1/interventions/early-growth-fund";
        asEditor()
                .contentType(Editing.MERGE_PATCH)
                .header("If-Match", etag(path))
                .body("{\"summary\": ")
                .patch(path)
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("not valid JSON"));
        asEditor()
                .contentType("application/json")
                .header("If-Match", etag(path))
                .body("{\"summary\": \"x\"}")
                .patch(path)
                .then()
                .statusCode(415)
                .contentType(startsWith("application/problem+json"));
        asEditor()
                .contentType("text/plain")
                .body("hello")
                .post("/api/v1/sources")
                .then()
                .statusCode(415);
        asEditor()
                .contentType("application/json")
                .body("{\"id\": \"" + "x".repeat(9000) + "\"}")
                .post("/api/v1/sources")
                .then()
                .statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("8192 bytes"));
        asEditor()
                .contentType("application/json")
                .body("")
                .post("/api/v1/sources")
                .then()
                .statusCode(400);
        asEditor()
                .contentType("application/json")
                .body("[1, 2]")
                .post("/api/v1/sources")
                .then()
                .statusCode(400)
                .body("detail", containsString("one JSON object"));
        asEditor()
                .contentType("application/json")
                .body(Map.of("id", "typed", "title", 5, "publisher", List.of(), "url", "https://x.org/"))
                .post("/api/v1/sources")
                .then()
                .statusCode(422)
                // the first member of the wrong type is named: title (5 for a string) or publisher ([] for a string)
                .body(
                        "errors.name",
                        org.hamcrest.Matchers.anyOf(
                                org.hamcrest.Matchers.hasItem("title"), org.hamcrest.Matchers.hasItem("publisher")));
    }

    @Test
    void validationListsEveryField() {
        asEditor()
                .contentType("application/json")
                .body(Map.of(
                        "id", "Not A Slug",
                        "label", "",
                        "value", 5,
                        "unit", "GBP",
                        "measure", "gva",
                        "geography", "WMCA",
                        "status", "unconfirmed",
                        "source", "wmca-primary-clusters"))
                .post("/api/v1/facts")
                .then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.name", hasItem("id"))
                .body("errors.name", hasItem("label"))
                .body("errors.name", hasItem("value"))
                .body("errors.find { it.name == 'value' }.message", containsString("unconfirmed"))
                .body("errors.in", not(hasItem("query")));
        asEditor()
                .contentType("application/json")
                .body(Map.of("slug", "x", "unknownMember", 1))
                .post("/api/v1/clusters")
                .then()
                .statusCode(422)
                .body("errors[0].name", is("unknownMember"))
                .body("errors[0].valid", hasItem("summary"));
    }

    @Test
    void unknownItemsRevisionsAndParameters() {
        asEditor()
                .contentType(Editing.MERGE_PATCH)
                .header("If-Match", "\"rev-1\"")
                .body("{}")
                .patch("/api/v1/clusters/steel")
                .then()
                .statusCode(404);
        asEditor().get("/api/v1/clusters/steel/revisions").then().statusCode(404);
        asEditor().get(EV + "/revisions/999").then().statusCode(404);
        asEditor().get(EV + "/revisions/abc").then().statusCode(400).body("errors[0].name", is("number"));
        asEditor().get(EV + "/revisions/0").then().statusCode(400);
        asEditor()
                .header("If-Match", etag(EV))
                .post(EV + "/publish?force=true")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("force"));
        asEditor().get(EV + "?preview=yes").then().statusCode(400).body("errors[0].name", is("preview"));
    }

    @Test
    void aPreviewTakesSparseFieldsetsIncludesAndCsvLikeThePublicRead() {
        asEditor()
                .get("/api/v1/clusters?preview=true&fields=slug,name")
                .then()
                .statusCode(200)
                .header("Cache-Control", is(Previews.CACHE_CONTROL))
                .body("data[0].slug", notNullValue())
                .body("data[0].summary", nullValue());
        asEditor()
                .get(EV + "?preview=true&fields=slug,name")
                .then()
                .statusCode(200)
                .body("data.slug", is("electric-light-vehicles"))
                .body("data.summary", nullValue());
        asEditor()
                .get("/api/v1/places?preview=true&include=clusters&fields=slug,clusters.slug")
                .then()
                .statusCode(200)
                .body("data[0].clusters", not(empty()));
        asEditor()
                .get("/api/v1/facts?preview=true&format=csv&fields=id,value")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("id,value"));
    }

    @Test
    void thePlanCanBeEditedAndPublished() {
        Editor.patch("/api/v1/plan", "{\"aim\": \"A corrected aim.\"}").statusCode(200);
        Api.given().get("/api/v1/plan").then().body("data.aim", not(is("A corrected aim.")));
        asEditor().get("/api/v1/plan?preview=true").then().statusCode(200).body("data.aim", is("A corrected aim."));
        Editor.publish("/api/v1/plan").statusCode(200);
        Api.given().get("/api/v1/plan").then().body("data.aim", is("A corrected aim."));
        Editor.patch(
                        "/api/v1/plan",
                        "{\"principles\": [{\"position\": 1, \"name\": \"A\", \"summary\": \"a\"},"
                                + " {\"position\": 1, \"name\": \"B\", \"summary\": \"b\"}]}")
                .statusCode(422)
                .body("errors.name", contains("principles[1].position"));
        Editor.patch(
                        "/api/v1/plan",
                        "{\"principles\": [{\"position\": 2, \"name\": \"Only\", \"summary\": \"One principle.\"}]}")
                .statusCode(200);
        Editor.publish("/api/v1/plan").statusCode(200);
        Api.given().get("/api/v1/plan").then().body("data.principles.name", contains("Only"));
    }

    @Test
    void rulesTheDatabaseWouldOtherwiseEnforceAreRefusedWith422() {
        asEditor()
                .contentType("application/json")
                .body(Map.of(
                        "slug", "unsure-place",
                        "name", "Unsure",
                        "gssCode", "E07000998",
                        "kind", "constituent",
                        "status", "unconfirmed",
                        "source", "ons-local-authority-district-codes"))
                .post("/api/v1/places")
                .then()
                .statusCode(422)
                .body("errors.name", contains("status"));
        String longText = "x".repeat(880);
        asEditor()
                .contentType("application/json")
                .body(Map.of(
                        "slug", "wordy-cluster",
                        "position", 20,
                        "kind", "nascent",
                        "name", "Wordy",
                        "inPlanDocument", false,
                        "nameStatus", "confirmed",
                        "summary", "Too many words.",
                        "keyAssets", List.of(longText, longText, longText, longText, longText),
                        "priorities", List.of(longText, longText, longText)))
                .post("/api/v1/clusters")
                .then()
                .statusCode(422)
                .body("errors[0].name", is("keyAssets"))
                .body("errors[0].message", containsString("at most 6000 characters; these hold 7040"));
        asEditor()
                .contentType("application/json")
                .body(Map.of(
                        "slug", "no-flag-cluster",
                        "position", 21,
                        "kind", "nascent",
                        "name", "No flag",
                        "nameStatus", "confirmed",
                        "summary", "inPlanDocument left out."))
                .post("/api/v1/clusters")
                .then()
                .statusCode(422)
                .body("errors.name", contains("inPlanDocument"));
    }

    @Test
    void theSameNumberWrittenDifferentlyIsNoChange() {
        String path = "/api/v1/facts/ukspf-allocation";
        int revisions = asEditor().get(path + "/revisions").then().extract().path("data.size()");
        Editor.patch(path, "{\"value\": 88000000.000}")
                .statusCode(200)
                .body("data.hasUnpublishedChanges", is(false))
                .body("data.document.value", is(88000000));
        asEditor().get(path + "/revisions").then().body("data.size()", is(revisions));
    }

    @Test
    void anItemThatDraftsReferToCannotBeDeleted() {
        asEditor()
                .contentType("application/json")
                .body(Map.of(
                        "id", "draft-cited-source",
                        "title", "Cited by a draft",
                        "publisher", "WMCA",
                        "url", "https://www.wmca.org.uk/"))
                .post("/api/v1/sources")
                .then()
                .statusCode(201);
        Editor.patch("/api/v1/interventions/business-support-funding", "{\"sources\": [\"draft-cited-source\"]}")
                .statusCode(200);
        asEditor()
                .header("If-Match", etag("/api/v1/sources/draft-cited-source"))
                .delete("/api/v1/sources/draft-cited-source")
                .then()
                .statusCode(409)
                .body("detail", containsString("draft intervention 'business-support-funding' (sources[0])"));
    }

    @Inject
    EntityManager entityManager;

    @Test
    void contentWithoutHistoryGetsItsFirstRevisionWhenFirstWritten() {
        String path = "/api/v1/places/dudley";
        // As if the place had been loaded before revisions were kept (or in bulk, by SQL).
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createQuery("delete from Revision r where r.itemType = 'place' and r.itemKey = 'dudley'")
                        .executeUpdate());
        asEditor()
                .get(path + "/revisions")
                .then()
                .statusCode(200)
                .header("ETag", "\"rev-0\"")
                .body("data", empty());
        asEditor()
                .contentType(Editing.MERGE_PATCH)
                .header("If-Match", "\"rev-0\"")
                .body("{\"note\": \"A note added by an editor.\"}")
                .patch(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"rev-2\"");
        asEditor()
                .get(path + "/revisions")
                .then()
                .body("data.action", contains("updated", "seeded"))
                .body("data[1].author", is(EditorialService.EARLIER_AUTHOR))
                .body("data[0].changed", contains("note"));
        asEditor().get(path + "/revisions/1").then().statusCode(200).body("data.document.note", nullValue());
    }
}
