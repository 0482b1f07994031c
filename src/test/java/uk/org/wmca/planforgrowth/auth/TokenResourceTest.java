package uk.org.wmca.planforgrowth.auth;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.wmca.planforgrowth.Api.given;
import static uk.org.wmca.planforgrowth.Api.givenUndocumented;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.wmca.planforgrowth.Tokens;
import uk.org.wmca.planforgrowth.common.RepresentationCache;

/** The token admin endpoints: their HTTP contract, validation, and that they never leak secrets or get cached. */
@QuarkusTest
class TokenResourceTest {

    private static final String TOKENS = "/api/v1/admin/tokens";

    @Inject
    RepresentationCache cache;

    private static RequestSpecification asAdmin() {
        return given().header("Authorization", Tokens.bearer(Tokens.admin()));
    }

    private static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }

    private static Response create(Map<String, Object> body) {
        return asAdmin().contentType("application/json").body(body).when().post(TOKENS);
    }

    @Test
    void shouldRefuseAnOversizedBodyWith413BeforeReadingIt() {
        String name = "x".repeat(70_000); // over pfg.editing.max-body-bytes (65536)
        asAdmin()
                .contentType("application/json")
                .body("{\"name\": \"" + name + "\", \"role\": \"editor\"}")
                .when()
                .post(TOKENS)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("65536"));
    }

    @Test
    void shouldShowTheSecretOnceThenNeverAgainAndRevokeTheToken() {
        String name = uniqueName("lifecycle");
        Response created = create(Map.of("name", name, "role", "admin"))
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .header("Location", matchesPattern(".*/api/v1/admin/tokens/[0-9]+"))
                .body("data.name", equalTo(name))
                .body("data.role", equalTo("admin"))
                .body("data.status", equalTo("active"))
                .body("data.createdBy", equalTo(AdminTokenBootstrap.CONFIGURED_NAME))
                .body("data.expiresAt", nullValue())
                .body("data.lastUsedAt", nullValue())
                .body("data.revokedAt", nullValue())
                .body("data.secret", matchesPattern("pfg_[A-Za-z0-9_-]{43}"))
                .body("meta.source.publisher", notNullValue())
                .extract()
                .response();
        String secret = created.path("data.secret");
        String self = created.path("data.links.self");
        assertTrue(created.header("Location").endsWith(self));

        given().header("Authorization", Tokens.bearer(secret))
                .when()
                .get(self)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("data", not(hasKey("secret")))
                .body("data.name", equalTo(name));
        for (String page : allListPages()) {
            assertFalse(page.contains(secret), "a list page shows a secret");
            assertFalse(JsonPath.from(page).getList("data").stream()
                    .anyMatch(item -> ((Map<?, ?>) item).containsKey("secret")));
        }
        assertTrue(allListPages().stream().anyMatch(page -> page.contains(name)), "the list shows the new token");

        asAdmin().when().delete(self).then().statusCode(204).header("Cache-Control", "no-store");
        given().header("Authorization", Tokens.bearer(secret))
                .when()
                .get(self)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", equalTo("The bearer token was revoked."));
        asAdmin()
                .when()
                .get(self)
                .then()
                .statusCode(200)
                .body("data.status", equalTo("revoked"))
                .body("data.revokedAt", notNullValue())
                .body("data.revokedBy", equalTo(AdminTokenBootstrap.CONFIGURED_NAME));
    }

    @Test
    void shouldKeepTheFirstRevocationWhenRevokingTwice() {
        String secret = Tokens.create(uniqueName("twice"), "editor");
        String self = TOKENS + "/" + Tokens.idOf(secret);
        asAdmin().when().delete(self).then().statusCode(204);
        String revokedAt = asAdmin().get(self).then().extract().path("data.revokedAt");
        asAdmin().when().delete(self).then().statusCode(204);
        asAdmin().when().get(self).then().statusCode(200).body("data.revokedAt", equalTo(revokedAt));
    }

    @Test
    void shouldRecordLastUseAtMostOncePerMinute() {
        String secret = Tokens.create(uniqueName("last used"), "editor");
        String self = TOKENS + "/" + Tokens.idOf(secret);
        asAdmin().when().get(self).then().statusCode(200).body("data.lastUsedAt", nullValue());

        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        given().header("Authorization", Tokens.bearer(secret))
                .get(TOKENS)
                .then()
                .statusCode(403);
        String first = asAdmin().get(self).then().extract().path("data.lastUsedAt");
        assertNotNull(first, "lastUsedAt is set after the token authenticated a request");
        assertFalse(Instant.parse(first).isBefore(before));

        given().header("Authorization", Tokens.bearer(secret))
                .get(TOKENS)
                .then()
                .statusCode(403);
        asAdmin().when().get(self).then().body("data.lastUsedAt", equalTo(first));
    }

    @Test
    void shouldAcceptAFutureExpiryInAnyTimeZoneAndShowItInUtc() {
        create(Map.of("name", uniqueName("expiring"), "role", "editor", "expiresAt", "2030-06-01T12:00:00+02:00"))
                .then()
                .statusCode(201)
                .body("data.expiresAt", equalTo("2030-06-01T10:00:00Z"))
                .body("data.status", equalTo("active"));
    }

    @Test
    void shouldListTokensWithPagingMetaAndLinks() {
        Tokens.editor();
        asAdmin()
                .queryParam("size", "1")
                .when()
                .get(TOKENS)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("ETag", nullValue())
                .header("Link", containsString("rel=\"next\""))
                .body("meta.page", equalTo(1))
                .body("meta.size", equalTo(1))
                .body("data.size()", equalTo(1))
                .body("data[0].id", equalTo(1))
                .body("links.next", equalTo(TOKENS + "?page=2&size=1"));
    }

    @Test
    void shouldNeverKeepAdminResponsesInThePublicCache() {
        asAdmin().when().get(TOKENS).then().statusCode(200);
        asAdmin().when().get(TOKENS).then().statusCode(200).header("Cache-Control", "no-store");
        assertTrue(cache.find(TOKENS).isEmpty());
        assertTrue(cache.find(RepresentationCache.key(TOKENS, null)).isEmpty());
        given().when().get(TOKENS).then().statusCode(401);
        given().when().get(TOKENS + "/1").then().statusCode(401);
    }

    @Test
    void shouldReportEveryInvalidMemberAtOnce() {
        create(Map.of("name", " padded", "role", "owner", "expiresAt", "2001-01-01T00:00:00Z"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .header("Cache-Control", "no-store")
                .body("title", equalTo("Unprocessable Content"))
                .body("errors.name", equalTo(List.of("expiresAt", "name", "role")))
                .body("errors.in", everyItem(equalTo("body")));
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                Arguments.of(Map.of("role", "editor"), "name", "name is required."),
                Arguments.of(Map.of("name", "", "role", "editor"), "name", "name must be 1 to 100 characters long."),
                Arguments.of(Map.of("name", "x".repeat(101), "role", "editor"), "name", "1 to 100 characters"),
                Arguments.of(Map.of("name", "tab\there", "role", "editor"), "name", "printable text"),
                Arguments.of(Map.of("name", "line\nbreak", "role", "editor"), "name", "printable text"),
                Arguments.of(Map.of("name", "trailing ", "role", "editor"), "name", "spaces at either end"),
                Arguments.of(Map.of("name", "   ", "role", "editor"), "name", "printable text"),
                Arguments.of(Map.of("name", "zero\u200bwidth", "role", "editor"), "name", "printable text"),
                Arguments.of(Map.of("name", "no role"), "role", "role is required: editor or admin."),
                Arguments.of(Map.of("name", "bad role", "role", "Admin"), "role", "role must be editor or admin."),
                Arguments.of(
                        Map.of("name", "past", "role", "editor", "expiresAt", "2020-01-01T00:00:00Z"),
                        "expiresAt",
                        "expiresAt must be in the future."),
                Arguments.of(
                        Map.of("name", "words", "role", "editor", "expiresAt", "next week"), "expiresAt", "RFC 3339"),
                Arguments.of(
                        Map.of("name", "no zone", "role", "editor", "expiresAt", "2030-01-01T00:00:00"),
                        "expiresAt",
                        "with a time zone"),
                Arguments.of(
                        Map.of("name", "far", "role", "editor", "expiresAt", "+10000-01-01T00:00:00Z"),
                        "expiresAt",
                        "before the year 10000"),
                Arguments.of(
                        Map.of("name", "typo", "role", "editor", "expiresAT", "2030-01-01T00:00:00Z"),
                        "expiresAT",
                        "Unknown member 'expiresAT'. Valid members: expiresAt, name, role."),
                Arguments.of(
                        Map.of("name", Map.of("first", "Jane"), "role", "editor"), "name", "name must be a string."),
                Arguments.of(Map.of("name", "list role", "role", List.of("editor")), "role", "role must be a string."));
    }

    @ParameterizedTest
    @MethodSource("invalidInputs")
    void shouldRefuseInvalidInputWith422NamingTheMember(Map<String, Object> body, String member, String message) {
        create(body)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors.name", hasItem(member))
                .body("errors.find { it.name == '" + member + "' }.in", equalTo("body"))
                .body("errors.find { it.name == '" + member + "' }.message", containsString(message))
                .body("requestId", notNullValue());
    }

    @Test
    void shouldAcceptNamesOfPrintableTextUpToAHundredCharacters() {
        String name = "Équipe contenu — Zoë's laptop #2 (東京) " + UUID.randomUUID();
        create(Map.of("name", name, "role", "editor")).then().statusCode(201).body("data.name", equalTo(name));
        String longest = UUID.randomUUID() + "x".repeat(64);
        assertEquals(100, longest.length());
        create(Map.of("name", longest, "role", "editor")).then().statusCode(201);
    }

    @Test
    void shouldRefuseATakenNameWith409AlsoAfterRevocation() {
        String name = uniqueName("taken");
        String secret = Tokens.create(name, "editor");
        create(Map.of("name", name, "role", "admin"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Conflict"))
                .body("detail", containsString("'" + name + "'"))
                .body("errors[0].name", equalTo("name"))
                .body("errors[0].in", equalTo("body"));
        asAdmin().delete(TOKENS + "/" + Tokens.idOf(secret)).then().statusCode(204);
        create(Map.of("name", name, "role", "editor")).then().statusCode(409);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\": \"x\",",
                "{\"name\": \"dup\", \"name\": \"dup2\", \"role\": \"editor\"}",
                "[]",
                "\"a string\"",
                "{\"name\": \"trailing\", \"role\": \"editor\"} {}",
                "null",
                ""
            })
    void shouldAnswer400WhenTheBodyIsNotOneJsonObject(String body) {
        asAdmin()
                .contentType("application/json")
                .body(body)
                .when()
                .post(TOKENS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Bad Request"))
                .body("detail", containsString("request body"))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("com.fasterxml")));
    }

    @Test
    void shouldNameAMemberGivenTwice() {
        asAdmin()
                .contentType("application/json")
                .body("{\"name\": \"a\", \"role\": \"editor\", \"name\": \"b\"}")
                .when()
                .post(TOKENS)
                .then()
                .statusCode(400)
                .body(
                        "detail",
                        equalTo("The request body gives the member 'name' more than once (line 1, column 39)."));
        asAdmin()
                .contentType("application/json")
                .body("{\"name\": ")
                .when()
                .post(TOKENS)
                .then()
                .statusCode(400)
                .body(
                        "detail",
                        matchesPattern("The request body is not well-formed JSON \\(line 1, column [0-9]+\\)\\."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml"})
    void shouldAnswer415ForBodiesThatAreNotJson(String contentType) {
        asAdmin()
                .contentType(contentType)
                .body("name=x&role=editor")
                .when()
                .post(TOKENS)
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void shouldAnswer406WhenOnlyCsvIsAcceptable() {
        asAdmin().accept("text/csv").when().get(TOKENS).then().statusCode(406).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999", "abc", "0", "-1", "1.5", "99999999999999999999999"})
    void shouldAnswer404ForIdsThatNameNoToken(String id) {
        asAdmin()
                .when()
                .get(TOKENS + "/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No token has the id '" + id + "'."));
        asAdmin().when().delete(TOKENS + "/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseUnknownQueryParametersOnEveryOperation() {
        asAdmin()
                .queryParam("sort", "name")
                .get(TOKENS)
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("sort"))
                .body("errors[0].valid", equalTo(List.of("page", "size")));
        asAdmin().queryParam("size", "0").get(TOKENS).then().statusCode(400).body("errors[0].name", equalTo("size"));
        asAdmin().queryParam("page", "99").get(TOKENS).then().statusCode(400).body("errors[0].name", equalTo("page"));
        asAdmin().queryParam("fields", "name").get(TOKENS + "/1").then().statusCode(400);
        asAdmin().queryParam("force", "true").delete(TOKENS + "/1").then().statusCode(400);
        asAdmin()
                .queryParam("role", "admin")
                .contentType("application/json")
                .body(Map.of("name", uniqueName("with parameter"), "role", "editor"))
                .post(TOKENS)
                .then()
                .statusCode(400)
                .body("errors[0].in", equalTo("query"));
    }

    @Test
    void shouldAnswer405WithAllowForOtherMethods() {
        givenUndocumented()
                .header("Authorization", Tokens.bearer(Tokens.admin()))
                .when()
                .put(TOKENS)
                .then()
                .statusCode(405)
                .header("Allow", "GET, HEAD, OPTIONS, POST")
                .contentType("application/problem+json");
    }

    @Test
    void shouldLinkTheEnvelopeToTheNewToken() {
        Response created = create(Map.of("name", uniqueName("links"), "role", "editor"))
                .then()
                .statusCode(201)
                .body("data.links.self", matchesPattern("/api/v1/admin/tokens/[0-9]+"))
                .extract()
                .response();
        assertEquals(created.<String>path("data.links.self"), created.path("links.self"));
    }

    private static List<String> allListPages() {
        List<String> pages = new java.util.ArrayList<>();
        String next = TOKENS + "?page=1&size=100";
        while (next != null) {
            String body =
                    asAdmin().when().get(next).then().statusCode(200).extract().asString();
            pages.add(body);
            next = JsonPath.from(body).getString("links.next");
        }
        return pages;
    }
}
