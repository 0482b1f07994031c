package uk.org.wmca.planforgrowth.webhook;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.wmca.planforgrowth.Api;
import uk.org.wmca.planforgrowth.Tokens;
import uk.org.wmca.planforgrowth.editorial.EditingProfile;

/** The webhook admin endpoints: who may call them, what they accept, and that the secret is shown once. */
@QuarkusTest
@TestProfile(EditingProfile.class)
class WebhookResourceTest {

    private static final String WEBHOOKS = "/api/v1/admin/webhooks";

    static RequestSpecification asAdmin() {
        return Api.given().header("Authorization", Tokens.bearer(Tokens.admin()));
    }

    static Response create(Object body) {
        return asAdmin().contentType("application/json").body(body).post(WEBHOOKS);
    }

    @Test
    void shouldShowTheSecretOnceAndManageTheSubscription() {
        Response created =
                create(Map.of("url", "http://127.0.0.1:9/hooks", "events", List.of("cluster.published", "*.deleted")));
        created.then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/admin/webhooks/[0-9]+"))
                .header("Cache-Control", "no-store")
                .body("data.secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="))
                .body("data.status", equalTo("active"))
                .body("data.events", contains("cluster.published", "*.deleted"))
                .body("data.createdBy", equalTo("admin (PFG_ADMIN_TOKEN)"));
        String self = created.path("data.links.self");
        asAdmin()
                .get(self)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("data", not(hasKey("secret")));
        asAdmin().get(WEBHOOKS).then().statusCode(200).body("data.links.self", hasItem(self));
        asAdmin().get(WEBHOOKS).then().body("data[0]", not(hasKey("secret")));
        asAdmin()
                .contentType("application/json")
                .body(Map.of("events", List.of("*"), "description", "everything"))
                .patch(self)
                .then()
                .statusCode(200)
                .body("data.events", contains("*"))
                .body("data.description", equalTo("everything"))
                .body("data", not(hasKey("secret")));
        asAdmin().get(self + "/deliveries").then().statusCode(200).body("meta.total", equalTo(0));
        asAdmin().delete(self).then().statusCode(204);
        asAdmin().get(self).then().statusCode(404).contentType(startsWith("application/problem+json"));
        asAdmin().delete(self).then().statusCode(404);
        asAdmin().get(self + "/deliveries").then().statusCode(404);
    }

    @Test
    void shouldRefuseAnonymousCallersAnd403Editors() {
        Api.given().get(WEBHOOKS).then().statusCode(401).contentType(startsWith("application/problem+json"));
        Api.given()
                .contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/", "events", List.of("*")))
                .post(WEBHOOKS)
                .then()
                .statusCode(401);
        Api.given()
                .header("Authorization", Tokens.bearer(Tokens.editor()))
                .get(WEBHOOKS)
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"));
        Api.given()
                .header("Authorization", Tokens.bearer(Tokens.editor()))
                .delete(WEBHOOKS + "/1")
                .then()
                .statusCode(403);
        Api.given()
                .header("Authorization", Tokens.bearer(Tokens.revoked()))
                .get(WEBHOOKS)
                .then()
                .statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"url\": \"ftp://partner.example.org/\", \"events\": [\"*\"]}",
                "{\"url\": \"javascript:alert(1)\", \"events\": [\"*\"]}",
                "{\"url\": \"https://user:pw@partner.example.org/\", \"events\": [\"*\"]}",
                "{\"url\": \"https://host.invalid/\", \"events\": [\"*\"]}",
                "{\"url\": \"not a url\", \"events\": [\"*\"]}",
                "{\"events\": [\"*\"]}",
                "{\"url\": \"http://127.0.0.1:9/\"}",
                "{\"url\": \"http://127.0.0.1:9/\", \"events\": []}",
                "{\"url\": \"http://127.0.0.1:9/\", \"events\": [\"cluster.moved\"]}",
                "{\"url\": \"http://127.0.0.1:9/\", \"events\": [\"clusters.published\"]}",
                "{\"url\": \"http://127.0.0.1:9/\", \"events\": [\"cluster\"]}",
                "{\"url\": \"http://127.0.0.1:9/\", \"events\": [\"*\", \"*\"]}",
                "{\"url\": \"http://127.0.0.1:9/\", \"events\": [null]}",
                "{\"url\": \"http://127.0.0.1:9/\", \"events\": [\"*\"], \"status\": \"paused\"}",
                "{\"url\": \"http://127.0.0.1:9/\", \"events\": [\"*\"], \"secret\": \"whsec_x\"}"
            })
    void shouldRefuseInvalidSubscriptionsWith422(String body) {
        create(body)
                .then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void shouldRefuseBadRequestsWith400And404And415() {
        create("{\"url\": ").then().statusCode(400).contentType(startsWith("application/problem+json"));
        create("[1]").then().statusCode(400);
        asAdmin()
                .contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/", "events", List.of("*")))
                .post(WEBHOOKS + "?x=1")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("x"));
        asAdmin().get(WEBHOOKS + "?size=0").then().statusCode(400);
        asAdmin().get(WEBHOOKS + "/abc").then().statusCode(404);
        asAdmin().get(WEBHOOKS + "/99999999").then().statusCode(404).body("detail", containsString("99999999"));
        asAdmin()
                .contentType("application/json")
                .body(Map.of("status", "active"))
                .patch(WEBHOOKS + "/99999999")
                .then()
                .statusCode(404);
        asAdmin().contentType("text/plain").body("hello").post(WEBHOOKS).then().statusCode(415);
        String self = create(Map.of("url", "http://127.0.0.1:9/", "events", List.of("*")))
                .then()
                .statusCode(201)
                .extract()
                .path("data.links.self");
        asAdmin()
                .contentType("application/json")
                .body(Map.of("status", "asleep"))
                .patch(self)
                .then()
                .statusCode(422)
                .body("errors[0].name", equalTo("status"));
        asAdmin()
                .contentType("application/json")
                .body(Map.of("url", "gopher://partner.example.org/"))
                .patch(self)
                .then()
                .statusCode(422)
                .body("errors[0].name", equalTo("url"));
        asAdmin().delete(self).then().statusCode(204);
    }

    @Test
    void shouldRotateTheSecretShowingTheNewOneOnce() {
        Response created = create(Map.of("url", "http://127.0.0.1:9/rotate", "events", List.of("*")));
        String first = created.path("data.secret");
        String self = created.path("data.links.self");
        created.then().body("data.previousSecretExpiresAt", equalTo(null));
        String rotate = created.path("data.links.rotateSecret");
        assertEquals(self + "/rotate-secret", rotate);

        Instant before = Instant.now();
        Response rotated = asAdmin().post(rotate);
        rotated.then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("data.secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="))
                .body("data.secret", not(equalTo(first)))
                .body("links.self", equalTo(self));
        Instant until = Instant.parse(rotated.path("data.previousSecretExpiresAt"));
        Duration validFor = Duration.between(before, until);
        assertTrue(
                validFor.compareTo(Duration.ofHours(23)) > 0 && validFor.compareTo(Duration.ofHours(25)) < 0,
                "the previous secret signs for the default day: " + validFor);
        asAdmin()
                .get(self)
                .then()
                .statusCode(200)
                .body("data", not(hasKey("secret")))
                .body("data.previousSecretExpiresAt", equalTo(rotated.path("data.previousSecretExpiresAt")));

        asAdmin()
                .post(rotate)
                .then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("DELETE " + self + "/previous-secret"));
        asAdmin()
                .get(self)
                .then()
                .body("data.previousSecretExpiresAt", equalTo(rotated.path("data.previousSecretExpiresAt")));

        asAdmin().delete(self + "/previous-secret").then().statusCode(204).header("Cache-Control", "no-store");
        asAdmin().get(self).then().body("data.previousSecretExpiresAt", equalTo(null));
        asAdmin().delete(self + "/previous-secret").then().statusCode(204); // nothing to end is fine
        asAdmin().post(rotate).then().statusCode(200).body("data.secret", not(equalTo(rotated.path("data.secret"))));
        asAdmin().delete(self).then().statusCode(204);
    }

    @Test
    void shouldRefuseOversizedBodiesWith413BeforeReadingThem() {
        // EditingProfile: pfg.editing.max-body-bytes=8192
        String oversized = "{\"url\": \"http://127.0.0.1:9/" + "x".repeat(9000) + "\", \"events\": [\"*\"]}";
        create(oversized)
                .then()
                .statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("8192"));
        asAdmin().get(WEBHOOKS).then().body("data.url", not(hasItem(containsString("xxxx"))));
        asAdmin()
                .contentType("application/json")
                .body(oversized)
                .post(WEBHOOKS + "/1/rotate-secret")
                .then()
                .statusCode(413)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldRefuseRotationsOfNothingOrByOthers() {
        asAdmin()
                .post(WEBHOOKS + "/99999999/rotate-secret")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
        asAdmin().post(WEBHOOKS + "/abc/rotate-secret").then().statusCode(404);
        asAdmin().delete(WEBHOOKS + "/99999999/previous-secret").then().statusCode(404);
        asAdmin().delete(WEBHOOKS + "/abc/previous-secret").then().statusCode(404);
        asAdmin()
                .post(WEBHOOKS + "/1/rotate-secret?x=1")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("x"))
                .body("detail", equalTo("Writes take no query parameters."));
        asAdmin()
                .delete(WEBHOOKS + "/1/previous-secret?x=1")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("x"));
        Api.given().delete(WEBHOOKS + "/1/previous-secret").then().statusCode(401);
        Api.given()
                .header("Authorization", Tokens.bearer(Tokens.editor()))
                .delete(WEBHOOKS + "/1/previous-secret")
                .then()
                .statusCode(403);
        Api.given().post(WEBHOOKS + "/1/rotate-secret").then().statusCode(401);
        Api.given()
                .header("Authorization", Tokens.bearer(Tokens.editor()))
                .post(WEBHOOKS + "/1/rotate-secret")
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"));
        Api.givenUndocumented()
                .header("Authorization", Tokens.bearer(Tokens.admin()))
                .get(WEBHOOKS + "/1/rotate-secret")
                .then()
                .statusCode(405)
                .header("Allow", containsString("POST"))
                .contentType(startsWith("application/problem+json"));
    }
}
