package uk.org.wmca.planforgrowth;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.org.wmca.planforgrowth.auth.ApiToken;
import uk.org.wmca.planforgrowth.auth.ApiTokenRepository;
import uk.org.wmca.planforgrowth.auth.TokenRole;
import uk.org.wmca.planforgrowth.auth.TokenSecrets;

/**
 * API tokens for {@code @QuarkusTest}s, so that any test can call an endpoint as anonymous, editor, admin, or with a
 * revoked, expired, unknown or malformed token. The admin secret is the test profile's {@code pfg.auth.admin-token};
 * the others are created once per database (tests under another {@code @TestProfile} with their own database get
 * their own) and shared by every test in the JVM.
 *
 * <pre>{@code
 * given().header("Authorization", Tokens.bearer(Tokens.editor())).post(...)
 * }</pre>
 */
public final class Tokens {

    private static final Map<String, Map<String, String>> BY_DATABASE = new ConcurrentHashMap<>();

    private Tokens() {}

    /** The admin secret configured for tests ({@code %test.pfg.auth.admin-token}). */
    public static String admin() {
        return ConfigProvider.getConfig()
                .getOptionalValue("pfg.auth.admin-token", String.class)
                .orElseThrow(() -> new IllegalStateException("pfg.auth.admin-token is not set in this test profile"));
    }

    /** A usable editor token. */
    public static String editor() {
        return cached("editor", () -> create("test editor " + UUID.randomUUID(), "editor"));
    }

    /** An editor token that was revoked through the API. */
    public static String revoked() {
        return cached("revoked", () -> {
            String secret = create("test revoked " + UUID.randomUUID(), "editor");
            long id = idOf(secret);
            given().header("Authorization", bearer(admin()))
                    .delete("/api/v1/admin/tokens/" + id)
                    .then()
                    .statusCode(204);
            return secret;
        });
    }

    /**
     * An editor token that expired yesterday. The API refuses past expiries, so it is written straight into the
     * database.
     */
    public static String expired() {
        return cached("expired", () -> insertExpired("test expired " + UUID.randomUUID()));
    }

    /** A well-formed secret that belongs to no token. */
    public static String unknown() {
        return TokenSecrets.generate();
    }

    /** Authorization header values that are not a usable bearer token, each answered with 401. */
    public static List<String> malformedAuthorizations() {
        return List.of(
                "Bearer",
                "Bearer ",
                "Bearer a b",
                "Bearer not-a-pfg-token",
                "Bearer pfg_short",
                "Bearer pfg_" + "!".repeat(43),
                "Bearer " + "pfg_" + "a".repeat(10 * 1024));
    }

    /** {@code Bearer <secret>}, the Authorization header value. */
    public static String bearer(String secret) {
        return "Bearer " + secret;
    }

    /** Creates a token through the API as the admin and returns its secret. */
    public static String create(String name, String role) {
        return given().header("Authorization", bearer(admin()))
                .contentType("application/json")
                .body(Map.of("name", name, "role", role))
                .post("/api/v1/admin/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("data.secret");
    }

    /** The id of the token with this secret. */
    public static long idOf(String secret) {
        ApiTokenRepository tokens =
                Arc.container().instance(ApiTokenRepository.class).get();
        return QuarkusTransaction.requiringNew()
                .call(() -> tokens.findBySecretHash(TokenSecrets.hash(secret)).orElseThrow().id);
    }

    private static String insertExpired(String name) {
        String secret = TokenSecrets.generate();
        ApiTokenRepository tokens =
                Arc.container().instance(ApiTokenRepository.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            ApiToken token = new ApiToken();
            token.name = name;
            token.role = TokenRole.EDITOR;
            token.secretHash = TokenSecrets.hash(secret);
            token.createdAt = Instant.now().minus(2, ChronoUnit.DAYS);
            token.createdBy = "Tokens test helper";
            token.expiresAt = Instant.now().minus(1, ChronoUnit.DAYS);
            tokens.persist(token);
        });
        return secret;
    }

    /**
     * The token of this kind made earlier for this database, or a new one when there is none or it is gone: a
     * PostgreSQL test database is cleaned at every start, unlike an in-memory H2 one.
     */
    private static String cached(String kind, java.util.function.Supplier<String> create) {
        String database = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        return BY_DATABASE
                .computeIfAbsent(database, key -> new ConcurrentHashMap<>())
                .compute(kind, (key, secret) -> secret != null && exists(secret) ? secret : create.get());
    }

    private static boolean exists(String secret) {
        ApiTokenRepository tokens =
                Arc.container().instance(ApiTokenRepository.class).get();
        return QuarkusTransaction.requiringNew()
                .call(() -> tokens.findBySecretHash(TokenSecrets.hash(secret)).isPresent());
    }
}
