package uk.org.wmca.planforgrowth.editorial;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.editorial.Editor.asEditor;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Races on unique keys: many editors creating, at the same moment, drafts that share a slug, a GSS code or an
 * intervention code. Exactly one is created; every other gets 409 problem+json; the drafts hold one of them.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class ConcurrentCreatesTest {

    private static final int CLIENTS = 10;

    @Test
    void tenPlacesWithOneSlugOneIsCreated() throws Exception {
        race("/api/v1/places", i -> place("race-slug-vale", "E0700" + (1100 + i)));
        assertEquals(1, draftsWith("place", "race-slug-vale"));
    }

    @Test
    void tenPlacesWithOneGssCodeOneIsCreated() throws Exception {
        Map<Integer, List<Response>> answers = race("/api/v1/places", i -> place("race-gss-" + i, "E07001200"));
        answers.get(409).forEach(r -> assertTrue(r.path("detail").toString().contains("E07001200"), r.asString()));
        assertEquals(1, draftsWith("place", "race-gss-"));
    }

    @Test
    void tenInterventionsWithOneCodeOneIsCreated() throws Exception {
        Map<Integer, List<Response>> answers = race(
                "/api/v1/interventions",
                i -> Map.of(
                        "slug", "race-code-" + i,
                        "code", "RC",
                        "position", 90 + i,
                        "name", "Race " + i,
                        "summary", "An intervention created by client " + i + "."));
        answers.get(409).forEach(r -> assertTrue(r.path("detail").toString().contains("'RC'"), r.asString()));
        assertEquals(1, draftsWith("intervention", "race-code-"));
        // The code stays taken once the race is over, by a plain check
        asEditor()
                .contentType("application/json")
                .body(Map.of(
                        "slug", "race-code-late", "code", "RC", "position", 99, "name", "Late", "summary", "Late."))
                .post("/api/v1/interventions")
                .then()
                .statusCode(409)
                .body("detail", containsString("'RC'"));
    }

    private static Map<String, Object> place(String slug, String gssCode) {
        return Map.of(
                "slug",
                slug,
                "name",
                "Race " + slug,
                "gssCode",
                gssCode,
                "kind",
                "non-constituent",
                "status",
                "confirmed",
                "source",
                "ons-local-authority-district-codes");
    }

    /** Fires the bodies at once; asserts one 201 and 409 problem+json for the rest; the answers by status. */
    private static Map<Integer, List<Response>> race(String path, IntFunction<Map<String, Object>> body)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Map<String, Object> document = body.apply(i);
            futures.add(pool.submit(() -> {
                start.await();
                return asEditor().contentType("application/json").body(document).post(path);
            }));
        }
        start.countDown();
        Map<Integer, List<Response>> byStatus = new TreeMap<>();
        for (Future<Response> future : futures) {
            Response response = future.get();
            byStatus.computeIfAbsent(response.statusCode(), s -> new ArrayList<>())
                    .add(response);
            if (response.statusCode() != 201) {
                assertTrue(response.contentType().startsWith("application/problem+json"), response.asString());
                assertEquals(response.header("X-Request-Id"), response.path("requestId"));
                assertEquals(Integer.valueOf(409), response.path("status"));
            }
        }
        pool.shutdown();
        Map<Integer, Integer> counts = new TreeMap<>();
        byStatus.forEach((status, list) -> counts.put(status, list.size()));
        System.out.printf("%d concurrent POST %s: %s%n", CLIENTS, path, counts);
        assertEquals(Map.of(201, 1, 409, CLIENTS - 1), counts);
        assertFalse(byStatus.get(201).isEmpty());
        return byStatus;
    }

    private static int draftsWith(String type, String keyPrefix) {
        List<Map<String, Object>> pending = asEditor()
                .get("/api/v1/drafts")
                .then()
                .statusCode(200)
                .body("data", org.hamcrest.Matchers.notNullValue())
                .extract()
                .path("data");
        return (int) pending.stream()
                .filter(d -> type.equals(d.get("type"))
                        && String.valueOf(d.get("id")).startsWith(keyPrefix))
                .count();
    }
}
