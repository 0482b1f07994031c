package uk.org.wmca.planforgrowth.webhook;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.Api;
import uk.org.wmca.planforgrowth.Tokens;
import uk.org.wmca.planforgrowth.editorial.EditingProfile;

/** Webhooks end to end: a publish reaches a local subscriber, signed; failures are retried, then paused. */
@QuarkusTest
@TestProfile(EditingProfile.class)
class WebhookDeliveryTest {

    @Inject
    EntityManager entityManager;

    private static final String WEBHOOKS = "/api/v1/admin/webhooks";
    private static final Duration WAIT = Duration.ofSeconds(15);

    private Receiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = Receiver.start();
    }

    @AfterEach
    void stopReceiverAndDeleteSubscriptions() {
        List<Integer> ids =
                asAdmin().get(WEBHOOKS + "?size=100").then().extract().path("data.id");
        ids.forEach(id -> asAdmin().delete(WEBHOOKS + "/" + id).then().statusCode(204));
        receiver.close();
    }

    static RequestSpecification asAdmin() {
        return Api.given().header("Authorization", Tokens.bearer(Tokens.admin()));
    }

    static RequestSpecification asEditor() {
        return Api.given().header("Authorization", Tokens.bearer(Tokens.editor()));
    }

    /** Subscribes a path of the receiver; returns the answer (with the secret). */
    JsonPath subscribe(String path, List<String> events) {
        return asAdmin()
                .contentType("application/json")
                .body(Map.of("url", receiver.url(path), "events", events, "description", "test " + path))
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    /** Creates and publishes a new source; returns its id. */
    static String publishNewSource() {
        String id = "hook-" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/api/v1/sources/" + id;
        asEditor()
                .contentType("application/json")
                .body(Map.of("id", id, "title", "Webhook test", "publisher", "WMCA", "url", "https://www.wmca.org.uk/"))
                .post("/api/v1/sources")
                .then()
                .statusCode(201);
        String etag = asEditor().get(path + "/revisions").then().extract().header("ETag");
        asEditor().header("If-Match", etag).post(path + "/publish").then().statusCode(200);
        return id;
    }

    static List<Map<String, Object>> attempts(int id) {
        return asAdmin()
                .get(WEBHOOKS + "/" + id + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("data");
    }

    /** The delivery log once it has {@code count} attempts (an attempt is logged after the subscriber answered). */
    static List<Map<String, Object>> awaitAttempts(int id, int count) {
        return await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> attempts(id), log -> log.size() >= count);
    }

    @Test
    void shouldDeliverASignedEventWithinSecondsOfAPublish() throws Exception {
        JsonPath created = subscribe("/signed", List.of("source.published"));
        String secret = created.getString("data.secret");
        int id = created.getInt("data.id");
        JsonPath other = subscribe("/clusters-only", List.of("cluster.*"));

        Instant published = Instant.now();
        String key = publishNewSource();
        List<Receiver.Received> got =
                receiver.await("/signed", 1, WAIT, r -> r.body().contains(key));

        assertEquals(1, got.size(), "delivered");
        Receiver.Received event = got.get(0);
        assertTrue(
                Duration.between(published, event.at()).toSeconds() < 5,
                "within seconds: " + Duration.between(published, event.at()));
        assertTrue(
                event.header("webhook-id").matches("msg_[0-9]+"),
                event.headers().toString());
        long timestamp = Long.parseLong(event.header("webhook-timestamp"));
        assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < 60);
        assertTrue(event.header("content-type").startsWith("application/json"));
        assertTrue(
                Verification.verify(
                        secret,
                        event.header("webhook-id"),
                        event.header("webhook-timestamp"),
                        event.body(),
                        event.header("webhook-signature")),
                "the signature verifies with the documented recipe");
        assertTrue(
                !Verification.verify(
                        secret,
                        event.header("webhook-id"),
                        event.header("webhook-timestamp"),
                        event.body().replace(key, "tampered"),
                        event.header("webhook-signature")),
                "a changed body does not verify");
        JsonPath body = JsonPath.from(event.body());
        assertEquals("source.published", body.getString("type"));
        assertEquals(key, body.getString("data.key"));
        assertEquals("/api/v1/sources/" + key, body.getString("data.links.item"));
        assertTrue(body.getString("data.cursor").length() > 0);

        List<Map<String, Object>> log = awaitAttempts(id, 1);
        assertEquals(true, log.get(0).get("succeeded"), () -> "delivery log: " + log);
        assertEquals(200, log.get(0).get("statusCode"), () -> "delivery log: " + log);
        assertEquals("delivered", log.get(0).get("deliveryStatus"));
        assertEquals(List.of(), receiver.received("/clusters-only"), "filters hold");
        asAdmin()
                .get(WEBHOOKS + "/" + other.getInt("data.id"))
                .then()
                .statusCode(200)
                .body("data.pendingDeliveries", equalTo(0));
    }

    @Test
    void shouldRetryAfterA500WithTheSameMessageId() throws Exception {
        receiver.answer(500);
        JsonPath created = subscribe("/flaky", List.of("*"));
        int id = created.getInt("data.id");
        String key = publishNewSource();
        assertEquals(
                1,
                receiver.await("/flaky", 1, WAIT, r -> r.body().contains(key)).size());
        receiver.answer(200);
        List<Receiver.Received> got =
                receiver.await("/flaky", 2, WAIT, r -> r.body().contains(key));

        assertEquals(2, got.size(), "retried");
        assertEquals(got.get(0).header("webhook-id"), got.get(1).header("webhook-id"));
        assertEquals(got.get(0).body(), got.get(1).body());
        List<Map<String, Object>> log = awaitAttempts(id, 2);
        assertEquals(2, log.size(), log.toString());
        assertEquals(2, log.get(0).get("attempt"));
        assertEquals(true, log.get(0).get("succeeded"));
        assertEquals(1, log.get(1).get("attempt"));
        assertEquals(500, log.get(1).get("statusCode"));
        assertEquals("The subscriber answered 500", log.get(1).get("error"));
        asAdmin()
                .get(WEBHOOKS + "/" + id)
                .then()
                .body("data.status", equalTo("active"))
                .body("data.consecutiveFailures", equalTo(0))
                .body("data.pendingDeliveries", equalTo(0));
    }

    @Test
    void shouldPauseAfterRepeatedFailuresAndDeliverOnceResumed() throws Exception {
        receiver.answer(503);
        JsonPath created = subscribe("/down", List.of("source.*"));
        int id = created.getInt("data.id");
        String key = publishNewSource();
        // pfg.webhooks.pause-after-failures=3 in the test profile
        assertEquals(3, receiver.await("/down", 3, WAIT, r -> true).size());
        Response paused = await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> asAdmin().get(WEBHOOKS + "/" + id), r -> "paused".equals(r.path("data.status")));
        paused.then()
                .body("data.status", equalTo("paused"))
                .body("data.consecutiveFailures", equalTo(3))
                .body("data.pendingDeliveries", equalTo(1))
                .body("data.pausedReason", org.hamcrest.Matchers.containsString("503"));
        await("a paused subscription is not retried")
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(3))
                .until(() -> receiver.received("/down").size() == 3);

        receiver.answer(200);
        asAdmin()
                .contentType("application/json")
                .body(Map.of("status", "active"))
                .patch(WEBHOOKS + "/" + id)
                .then()
                .statusCode(200)
                .body("data.status", equalTo("active"))
                .body("data.consecutiveFailures", equalTo(0));
        List<Receiver.Received> got =
                receiver.await("/down", 4, WAIT, r -> r.body().contains(key));
        assertEquals(4, got.size(), "delivered once resumed");
        assertEquals(4, awaitAttempts(id, 4).size());
    }

    @Test
    void shouldKeepDeliveriesOfAPausedSubscriptionUntilItIsResumed() throws Exception {
        int id = subscribe("/held", List.of("*")).getInt("data.id");
        asAdmin()
                .contentType("application/json")
                .body(Map.of("status", "paused"))
                .patch(WEBHOOKS + "/" + id)
                .then()
                .statusCode(200)
                .body("data.status", equalTo("paused"))
                .body("data.pausedReason", equalTo("Paused by an admin."));
        String key = publishNewSource();
        await("nothing is delivered to a paused subscription")
                .during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(2))
                .until(() -> receiver.received("/held").isEmpty());
        asAdmin().get(WEBHOOKS + "/" + id).then().body("data.pendingDeliveries", equalTo(1));
        asAdmin()
                .contentType("application/json")
                .body(Map.of("status", "active"))
                .patch(WEBHOOKS + "/" + id)
                .then()
                .statusCode(200);
        assertEquals(
                1, receiver.await("/held", 1, WAIT, r -> r.body().contains(key)).size());
    }

    @Test
    void shouldSignWithBothSecretsAfterARotationAndOnlyTheNewOneOnceTheOverlapEnds() throws Exception {
        JsonPath created = subscribe("/rotated", List.of("source.published"));
        String first = created.getString("data.secret");
        String rotate = created.getString("data.links.rotateSecret");

        String second = asAdmin().post(rotate).then().statusCode(200).extract().path("data.secret");
        String key = publishNewSource();
        Receiver.Received during =
                receiver.await("/rotated", 1, WAIT, r -> r.body().contains(key)).get(0);
        String[] signatures = during.header("webhook-signature").split(" ");
        assertEquals(2, signatures.length, during.header("webhook-signature"));
        assertTrue(verifies(second, during, signatures[0]), "the first signature is made with the new secret");
        assertTrue(verifies(first, during, signatures[1]), "the second with the previous one");
        assertTrue(verifies(first, during, during.header("webhook-signature")), "a subscriber on the old secret");
        assertTrue(verifies(second, during, during.header("webhook-signature")), "a subscriber on the new secret");

        asAdmin()
                .post(rotate)
                .then()
                .statusCode(409)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body("detail", org.hamcrest.Matchers.containsString("previous-secret"));
        String self = created.getString("data.links.self");
        asAdmin().delete(self + "/previous-secret").then().statusCode(204);
        assertSignedOnlyWith(second, first, "after DELETE …/previous-secret");

        // An overlap also ends when its time is up (a day by default): make it end now.
        String third = asAdmin().post(rotate).then().statusCode(200).extract().path("data.secret");
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "update webhook_subscription set previous_secret_expires_at = ?1 where id = ?2")
                        .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1))
                        .setParameter(2, created.getLong("data.id"))
                        .executeUpdate());
        asAdmin().get(self).then().statusCode(200).body("data.previousSecretExpiresAt", equalTo(null));
        assertSignedOnlyWith(third, second, "after the overlap's time");
        String fourth = asAdmin().post(rotate).then().statusCode(200).extract().path("data.secret");
        assertTrue(!fourth.equals(third), "an expired overlap does not stop the next rotation");
    }

    /** Publishes a change; its delivery to /rotated carries one signature, made with {@code current}, not {@code old}. */
    private void assertSignedOnlyWith(String current, String old, String when) throws Exception {
        String key = publishNewSource();
        Receiver.Received event =
                receiver.await("/rotated", 1, WAIT, r -> r.body().contains(key)).get(0);
        String signatures = event.header("webhook-signature");
        assertEquals(1, signatures.split(" ").length, when + ": " + signatures);
        assertTrue(verifies(current, event, signatures), when + ": signed with the current secret");
        assertTrue(!verifies(old, event, signatures), when + ": the previous secret no longer signs");
    }

    private static boolean verifies(String secret, Receiver.Received event, String signatures) throws Exception {
        return Verification.verify(
                secret, event.header("webhook-id"), event.header("webhook-timestamp"), event.body(), signatures);
    }
}
