package uk.org.wmca.planforgrowth.auth;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.wmca.planforgrowth.Tokens;

/** Bearer token authentication: who gets in, who gets which problem, and that reads never authenticate. */
@QuarkusTest
class BearerAuthenticationTest {

    private static final String PROTECTED = "/api/v1/admin/tokens";

    @Inject
    IdentityProviderManager identities;

    @Inject
    VerifiedTokens verified;

    private static Response call(String authorization) {
        return given().header("Authorization", authorization).when().get(PROTECTED);
    }

    @Test
    void shouldChallengeAnonymousRequestsWith401Problem() {
        Response response = given().when()
                .get(PROTECTED)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"plan-for-growth\"")
                .header("Cache-Control", "no-store")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo(PROTECTED))
                .body("detail", equalTo("This request needs an API token: send Authorization: Bearer <token>."))
                .extract()
                .response();
        assertEquals(response.header("X-Request-Id"), response.path("requestId"));
        given().when().head(PROTECTED).then().statusCode(401);
        given().contentType("application/json")
                .body("{}")
                .when()
                .post(PROTECTED)
                .then()
                .statusCode(401);
        given().when().delete(PROTECTED + "/1").then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Basic xyz", "Token abc", "Digest username=x", ""})
    void shouldTreatOtherSchemesAsNoTokenAt401(String authorization) {
        call(authorization)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"plan-for-growth\"");
    }

    static Stream<String> malformed() {
        return Tokens.malformedAuthorizations().stream();
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void shouldRefuseMalformedBearerValuesWith401InvalidTokenNever500(String authorization) {
        Response response = call(authorization)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .body("detail", equalTo("The bearer token is not a valid token."))
                .extract()
                .response();
        String secret = authorization.length() > 7 ? authorization.substring(7) : authorization;
        if (secret.strip().length() >= 8) {
            assertFalse(response.asString().contains(secret), "the problem repeats the token");
        }
    }

    @Test
    void shouldRefuseUnknownRevokedAndExpiredTokensSayingWhy() {
        String unknown = Tokens.unknown();
        call(Tokens.bearer(unknown))
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer realm=\"plan-for-growth\", error=\"invalid_token\"")
                .body("detail", equalTo("The bearer token is not a valid token."))
                .body(not(containsString(unknown)));
        call(Tokens.bearer(Tokens.revoked()))
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .body("detail", equalTo("The bearer token was revoked."))
                .body(not(containsString(Tokens.revoked())));
        call(Tokens.bearer(Tokens.expired()))
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .body("detail", equalTo("The bearer token has expired."))
                .body(not(containsString(Tokens.expired())));
    }

    @Test
    void shouldForbidEditorsFromAdminEndpointsWith403() {
        call(Tokens.bearer(Tokens.editor()))
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("error=\"insufficient_scope\""))
                .header("Cache-Control", "no-store")
                .body("title", equalTo("Forbidden"))
                .body("detail", equalTo("This token's role does not allow this request; it needs the admin role."));
        given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .contentType("application/json")
                .body("{\"name\": \"by an editor\", \"role\": \"admin\"}")
                .when()
                .post(PROTECTED)
                .then()
                .statusCode(403);
        given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .when()
                .delete(PROTECTED + "/1")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldAcceptTheSchemeInAnyCase() {
        call("bearer " + Tokens.admin()).then().statusCode(200);
        call("BEARER " + Tokens.admin()).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/clusters", "/api/v1/plan", "/api/v1/facts?size=1", "/api/v1"})
    void shouldServePublicReadsWhateverTheCredentials(String path) {
        for (String authorization : Set.of(
                Tokens.bearer(Tokens.revoked()),
                Tokens.bearer(Tokens.expired()),
                Tokens.bearer(Tokens.unknown()),
                "Bearer a b",
                "Basic xyz")) {
            given().header("Authorization", authorization)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void shouldGiveTheIdentityTheTokenNameRolesAndAttributes() {
        SecurityIdentity admin = identities.authenticateBlocking(
                new TokenAuthenticationRequest(new TokenCredential(Tokens.admin(), "Bearer")));
        assertEquals(AdminTokenBootstrap.CONFIGURED_NAME, admin.getPrincipal().getName());
        assertEquals(Set.of("admin", "editor"), admin.getRoles());
        assertEquals("admin", admin.getAttribute(TokenIdentityProvider.TOKEN_ROLE));
        assertEquals(Tokens.idOf(Tokens.admin()), (Long) admin.getAttribute(TokenIdentityProvider.TOKEN_ID));

        SecurityIdentity editor = identities.authenticateBlocking(
                new TokenAuthenticationRequest(new TokenCredential(Tokens.editor(), "Bearer")));
        assertEquals(Set.of("editor"), editor.getRoles());
        assertEquals("editor", editor.getAttribute(TokenIdentityProvider.TOKEN_ROLE));
    }

    @Test
    void shouldVouchForVerifiedTokensOnlyWhileTheyAreValid() {
        String secret = Tokens.create("verified " + UUID.randomUUID(), "editor");
        assertEquals(Optional.empty(), verified.idOf(secret), "not yet used, so not verified here");

        call(Tokens.bearer(secret)).then().statusCode(403);
        long id = Tokens.idOf(secret);
        assertEquals(Optional.of(id), verified.idOf(secret));

        given().header("Authorization", Tokens.bearer(Tokens.admin()))
                .when()
                .delete(PROTECTED + "/" + id)
                .then()
                .statusCode(204);
        assertEquals(Optional.empty(), verified.idOf(secret), "revoked tokens are forgotten at once");

        call(Tokens.bearer(Tokens.expired())).then().statusCode(401);
        assertEquals(Optional.empty(), verified.idOf(Tokens.expired()));
        assertEquals(Optional.empty(), verified.idOf(Tokens.unknown()));
        assertEquals(Optional.empty(), verified.idOf(null));
        assertEquals(Optional.empty(), verified.idOf("not a token"));
        call(Tokens.bearer(Tokens.admin())).then().statusCode(200);
        assertEquals(Optional.of(Tokens.idOf(Tokens.admin())), verified.idOf(Tokens.admin()));
    }
}
