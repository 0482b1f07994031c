package uk.org.wmca.planforgrowth.editorial;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.editorial.Editor.asEditor;
import static uk.org.wmca.planforgrowth.editorial.Editor.etag;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.Tokens;

/** No lost edits: many editors saving the same revision at once, and exactly one of them wins. */
@QuarkusTest
@TestProfile(EditingProfile.class)
class ConcurrentEditsTest {

    private static final int CLIENTS = 50;
    private static final String PATH = "/api/v1/clusters/smart-energy-systems";

    @Test
    void fiftyPatchesWithTheSameEtagOneWinsTheRestGet412() throws Exception {
        String etag = etag(PATH);
        int revisionsBefore =
                asEditor().get(PATH + "/revisions").then().extract().path("data.size()");
        String authorization = Tokens.bearer(Tokens.editor());
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String summary = "Summary written by client " + i + ".";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + PATH))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization)
                    .header("Content-Type", Editing.MERGE_PATCH)
                    .header("If-Match", etag)
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"summary\": \"" + summary + "\"}"))
                    .build();
            answers.add(pool.submit(() -> {
                start.await();
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            }));
        }
        start.countDown();
        Map<Integer, Integer> statuses = new TreeMap<>();
        String winner = null;
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 200) {
                winner = response.body().replaceAll(".*\"summary\":\"(Summary written by client \\d+\\.)\".*", "$1");
            } else {
                assertTrue(response.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .startsWith("application/problem+json"));
            }
        }
        pool.shutdown();

        assertEquals(Map.of(200, 1, 412, CLIENTS - 1), statuses);
        asEditor().get(PATH + "?preview=true").then().statusCode(200).body("data.summary", is(winner));
        List<String> actions =
                asEditor().get(PATH + "/revisions").then().extract().path("data.action");
        assertEquals(revisionsBefore + 1, actions.size());
        assertEquals("updated", actions.get(0));
        asEditor()
                .get(PATH + "/revisions")
                .then()
                .body("data[0].changed", org.hamcrest.Matchers.contains("summary"))
                .body("data[1].action", is("seeded"));
        System.out.printf("%d concurrent PATCHes with one ETag: %s%n", CLIENTS, statuses);
    }
}
