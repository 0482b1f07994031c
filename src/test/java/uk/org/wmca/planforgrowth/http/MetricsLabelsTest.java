package uk.org.wmca.planforgrowth.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.Api;

/**
 * Bounded metrics, read from /q/metrics: 200 requests to random unknown paths add one {@code uri} label between
 * them, and a real route first requested after them is still recorded under its own template.
 */
@QuarkusTest
class MetricsLabelsTest {

    private static final Pattern URI_LABEL =
            Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"");

    @Test
    void randomPathsShareOneLabelAndRealRoutesAreStillRecorded() {
        Set<String> before = uriLabels();
        Random random = new Random(14);
        for (int i = 0; i < 200; i++) {
            String path = (i % 2 == 0 ? "//" : "/") + "random-" + Long.toHexString(random.nextLong()) + "/" + i;
            int status = Api.givenUndocumented().get(path).then().extract().statusCode();
            assertTrue(status >= 400 && status < 500, path + " answered " + status);
        }
        Api.given().get("/api/v1/themes/skills-for-the-future/revisions").then().statusCode(401);
        Api.given().get("/api/v1/sources/wmca-levers-of-growth").then().statusCode(200);

        Set<String> after = uriLabels();
        Set<String> added = new TreeSet<>(after);
        added.removeAll(before);
        added.removeIf(label -> label.startsWith("/api/v1/"));
        assertTrue(added.size() <= 1, "labels added by random paths: " + added);
        assertTrue(after.contains("UNKNOWN") || after.contains("NOT_FOUND"), after.toString());
        after.forEach(label -> assertTrue(!label.contains("random-"), label));
        assertTrue(after.contains("/api/v1/sources/{id}"), "the real route is recorded: " + after);
        assertEquals(0, after.stream().filter(l -> l.contains("random")).count());
    }

    private static Set<String> uriLabels() {
        String metrics = Api.givenUndocumented()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Set<String> labels = new TreeSet<>();
        Matcher matcher = URI_LABEL.matcher(metrics);
        while (matcher.find()) {
            labels.add(matcher.group(1));
        }
        return labels;
    }
}
