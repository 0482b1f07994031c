package uk.org.wmca.planforgrowth.auth;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import uk.org.wmca.planforgrowth.content.ContentSeeder;
import uk.org.wmca.planforgrowth.database.DatabaseReady;

/**
 * Makes sure someone can administer tokens. With {@code pfg.auth.admin-token} ({@code PFG_ADMIN_TOKEN}) set, a token
 * with that secret is added unless it exists. Without it, when no admin token is usable (all revoked or expired, or
 * none yet), one is generated and its secret printed once to the log. Safe when several instances start at once on
 * one database: a concurrent insert fails on the unique name or secret, and the loser looks again.
 */
@ApplicationScoped
public class AdminTokenBootstrap {

    static final String CONFIGURED_NAME = "admin (PFG_ADMIN_TOKEN)";
    static final String CONFIGURED_BY = "PFG_ADMIN_TOKEN";
    static final String GENERATED_NAME = "admin (generated)";
    static final String GENERATED_BY = "generated at start";
    private static final int ATTEMPTS = 5;

    private final AuthConfig config;
    private final ApiTokenRepository tokens;
    private final TokenService service;

    private final EntityManager entityManager;

    AdminTokenBootstrap(
            AuthConfig config, ApiTokenRepository tokens, TokenService service, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.config = config;
        this.tokens = tokens;
        this.service = service;
    }

    /** Once the database is reached and migrated at start (see {@code database.DatabaseStartup}). */
    void onStart(@Observes DatabaseReady event) {
        ensureAdminToken();
    }

    /** Adds the configured admin token, or generates one when no admin token is usable. */
    public void ensureAdminToken() {
        Optional<String> configured = config.adminToken().filter(secret -> !secret.isBlank());
        if (configured.isPresent()) {
            ensureConfigured(configured.get().strip());
        } else {
            ensureUsableAdmin();
        }
    }

    private void ensureConfigured(String secret) {
        if (!TokenSecrets.isWellFormed(secret)) {
            throw new IllegalStateException("pfg.auth.admin-token (PFG_ADMIN_TOKEN) is not a token secret: it must be"
                    + " pfg_ followed by 32 to 200 letters, digits, '-' or '_'.");
        }
        String hash = TokenSecrets.hash(secret);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<ApiToken> existing = QuarkusTransaction.requiringNew().call(() -> tokens.findBySecretHash(hash));
            if (existing.isPresent()) {
                ApiToken token = existing.get();
                if (token.isRevoked()) {
                    Log.warnf(
                            "The admin token from PFG_ADMIN_TOKEN ('%s', id %d) is revoked and stays revoked; set"
                                    + " PFG_ADMIN_TOKEN to a new secret to add another admin token.",
                            token.name, token.id);
                } else {
                    Log.debugf("The admin token from PFG_ADMIN_TOKEN exists (id %d)", token.id);
                }
                return;
            }
            Optional<ApiToken> added = tryInsert(freeName(CONFIGURED_NAME), hash, CONFIGURED_BY);
            if (added.isPresent()) {
                Log.infof(
                        "Added the admin token from PFG_ADMIN_TOKEN as '%s' (id %d)", added.get().name, added.get().id);
                return;
            }
        }
        throw new IllegalStateException("Could not add the admin token from PFG_ADMIN_TOKEN");
    }

    /**
     * Generates an admin token when none is usable. The check and the insert run in one transaction that first locks
     * the single content_version row, so instances starting together on one database take turns: the first
     * generates a token, the others then find it usable. The lock may be held by another instance's seeding, so this
     * transaction may wait as long as seeding may take.
     */
    private void ensureUsableAdmin() {
        String secret = TokenSecrets.generate();
        Optional<ApiToken> added = QuarkusTransaction.requiringNew()
                .timeout(ContentSeeder.SEEDING_TIMEOUT_SECONDS)
                .call(() -> {
                    entityManager
                            .createNativeQuery("select version from content_version where id = 1 for update")
                            .getResultList();
                    if (tokens.anyUsableAdmin(TokenService.now())) {
                        return Optional.<ApiToken>empty();
                    }
                    String name = GENERATED_NAME;
                    for (int n = 2; tokens.existsByName(name); n++) {
                        name = GENERATED_NAME.substring(0, GENERATED_NAME.length() - 1) + " " + n + ")";
                    }
                    return Optional.of(
                            service.insert(name, TokenRole.ADMIN, TokenSecrets.hash(secret), null, GENERATED_BY));
                });
        // The one place a secret is ever logged, on purpose: there is no other way to hand it over.
        added.ifPresent(token -> Log.warnf(
                "No usable admin token existed, so this one was generated: %s -- store it now; it will not be"
                        + " shown again. Send it as 'Authorization: Bearer <token>' to /api/v1/admin/tokens to"
                        + " create your own tokens, then revoke this one with DELETE"
                        + " /api/v1/admin/tokens/%d. Set PFG_ADMIN_TOKEN to choose the first admin token"
                        + " yourself instead.",
                secret, token.id));
    }

    private Optional<ApiToken> tryInsert(String name, String secretHash, String createdBy) {
        try {
            return Optional.of(QuarkusTransaction.requiringNew()
                    .call(() -> service.insert(name, TokenRole.ADMIN, secretHash, null, createdBy)));
        } catch (TokenNameTakenException e) {
            Log.debugf("Token name '%s' or its secret was taken meanwhile; looking again", name);
            return Optional.empty();
        }
    }

    /** {@code base}, or {@code base 2}, {@code base 3}… when taken (a revoked bootstrap token keeps its name). */
    private String freeName(String base) {
        return QuarkusTransaction.requiringNew().call(() -> {
            String name = base;
            for (int n = 2; tokens.existsByName(name); n++) {
                name = base.substring(0, base.length() - 1) + " " + n + ")";
            }
            return name;
        });
    }
}
