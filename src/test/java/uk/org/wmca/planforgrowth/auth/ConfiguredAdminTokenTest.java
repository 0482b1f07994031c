package uk.org.wmca.planforgrowth.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.Tokens;

/** The admin token from {@code pfg.auth.admin-token} (PFG_ADMIN_TOKEN): added once, never duplicated. */
@QuarkusTest
class ConfiguredAdminTokenTest {

    @Inject
    AdminTokenBootstrap bootstrap;

    @Inject
    ApiTokenRepository tokens;

    @Inject
    TokenService service;

    private ApiToken configured() {
        return QuarkusTransaction.requiringNew()
                .call(() -> tokens.findBySecretHash(TokenSecrets.hash(Tokens.admin()))
                        .orElseThrow());
    }

    @Test
    void shouldHaveAddedTheConfiguredSecretAsAnAdminToken() {
        ApiToken token = configured();
        assertEquals(AdminTokenBootstrap.CONFIGURED_NAME, token.name);
        assertEquals(TokenRole.ADMIN, token.role);
        assertEquals(AdminTokenBootstrap.CONFIGURED_BY, token.createdBy);
        assertNull(token.expiresAt);
        assertNull(token.revokedAt);
    }

    @Test
    void shouldNotAddTheConfiguredTokenAgainOnLaterStarts() throws Exception {
        long before = QuarkusTransaction.requiringNew().call(() -> tokens.count());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Void>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(pool.submit((Callable<Void>) () -> {
                    bootstrap.ensureAdminToken();
                    return null;
                }));
            }
            for (Future<Void> start : starts) {
                start.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> tokens.count()));
        assertEquals(AdminTokenBootstrap.CONFIGURED_NAME, configured().name);
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentInsertsOfOneNameWin() throws Exception {
        String name = "race " + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<ApiToken>> inserts = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                String hash = TokenSecrets.hash(TokenSecrets.generate());
                inserts.add(pool.submit(() -> QuarkusTransaction.requiringNew()
                        .call(() -> service.insert(name, TokenRole.EDITOR, hash, null, "test"))));
            }
            int won = 0;
            int lost = 0;
            for (Future<ApiToken> insert : inserts) {
                try {
                    insert.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertEquals(TokenNameTakenException.class, e.getCause().getClass());
                    lost++;
                }
            }
            assertEquals(1, won);
            assertEquals(1, lost);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void shouldRefuseToInsertASecondTokenWithATakenSecret() {
        String hash = configured().secretHash;
        assertThrows(
                TokenNameTakenException.class,
                () -> QuarkusTransaction.requiringNew()
                        .call(() -> service.insert("another " + UUID.randomUUID(), TokenRole.ADMIN, hash, null, "t")));
    }
}
