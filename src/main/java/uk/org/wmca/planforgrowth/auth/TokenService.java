package uk.org.wmca.planforgrowth.auth;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import uk.org.wmca.planforgrowth.common.PageRequest;
import uk.org.wmca.planforgrowth.common.PageResult;

/** Creates, lists, revokes and verifies API tokens. */
@ApplicationScoped
public class TokenService {

    /** A token's last use is written at most this often, so that authenticated requests rarely write. */
    static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    /** A token that authenticated a request. */
    public record Verified(long id, String name, TokenRole role) {}

    /** A token just created, with its secret: the only time the secret is known. */
    public record Issued(TokenView token, String secret) {}

    private final ApiTokenRepository tokens;
    private final VerifiedTokenCache verified;

    TokenService(ApiTokenRepository tokens, VerifiedTokenCache verified) {
        this.tokens = tokens;
        this.verified = verified;
    }

    /**
     * Creates a token with a new secret. The name must be unused, also by revoked tokens.
     *
     * @throws TokenNameTakenException when the name is in use
     */
    @Transactional
    public Issued create(String name, TokenRole role, Instant expiresAt, String createdBy) {
        if (tokens.existsByName(name)) {
            throw new TokenNameTakenException(name);
        }
        String secret = TokenSecrets.generate();
        ApiToken token = insert(name, role, TokenSecrets.hash(secret), expiresAt, createdBy);
        Log.debugf("Token %d (%s, %s) created by %s", token.id, name, role.wireName(), createdBy);
        return new Issued(TokenView.from(token, now()), secret);
    }

    /**
     * Inserts a token whose secret is already hashed.
     *
     * @throws TokenNameTakenException when the name or the secret is in use (also when a concurrent insert won)
     */
    @Transactional
    ApiToken insert(String name, TokenRole role, String secretHash, Instant expiresAt, String createdBy) {
        ApiToken token = new ApiToken();
        token.name = name;
        token.role = role;
        token.secretHash = secretHash;
        token.createdAt = now();
        token.createdBy = createdBy;
        token.expiresAt = expiresAt;
        try {
            tokens.persistAndFlush(token);
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new TokenNameTakenException(name);
            }
            throw e;
        }
        return token;
    }

    @Transactional
    public PageResult<TokenView> list(PageRequest page) {
        Instant now = now();
        return new PageResult<>(
                        tokens.page(page.offset(), page.size()).stream()
                                .map(token -> TokenView.from(token, now))
                                .toList(),
                        page,
                        tokens.count())
                .requireExistingPage();
    }

    @Transactional
    public Optional<TokenView> find(long id) {
        Instant now = now();
        return tokens.findByIdOptional(id).map(token -> TokenView.from(token, now));
    }

    /**
     * Revokes a token; revoking a revoked token changes nothing (the first revocation is kept). Empty when no token
     * has this id.
     */
    @Transactional
    public Optional<TokenView> revoke(long id, String revokedBy) {
        Optional<ApiToken> found = tokens.findByIdOptional(id);
        found.filter(token -> !token.isRevoked()).ifPresent(token -> {
            token.revokedAt = now();
            token.revokedBy = revokedBy;
            Log.debugf("Token %d (%s) revoked by %s", token.id, token.name, revokedBy);
        });
        found.ifPresent(token -> verified.forget(token.id));
        Instant now = now();
        return found.map(token -> TokenView.from(token, now));
    }

    /**
     * Verifies a bearer secret: it must belong to a token that is neither revoked nor expired. Records the use (at
     * most once a minute) and remembers the token in {@link VerifiedTokenCache}.
     *
     * @throws io.quarkus.security.AuthenticationFailedException saying whether the token is unknown, revoked or
     *     expired
     */
    @Transactional
    public Verified authenticate(String secret) {
        String hash = TokenSecrets.hash(secret);
        ApiToken token = tokens.findBySecretHash(hash)
                .filter(found -> TokenSecrets.matches(secret, found.secretHash))
                .orElse(null);
        if (token == null) {
            Log.debug("Refused a bearer token: no token has it");
            throw InvalidTokens.notValid();
        }
        Instant now = now();
        if (token.isRevoked()) {
            Log.debugf("Refused token %d (%s): revoked", token.id, token.name);
            verified.forget(token.id);
            throw InvalidTokens.revoked();
        }
        if (token.isExpiredAt(now)) {
            Log.debugf("Refused token %d (%s): expired", token.id, token.name);
            verified.forget(token.id);
            throw InvalidTokens.expired();
        }
        Instant staleBefore = now.minus(LAST_USED_GRANULARITY);
        if (token.lastUsedAt == null || token.lastUsedAt.isBefore(staleBefore)) {
            tokens.touch(token.id, now, staleBefore);
        }
        verified.remember(token);
        Log.debugf("Token %d (%s) authenticated", token.id, token.name);
        return new Verified(token.id, token.name, token.role);
    }

    /** Now, to the microsecond: what both H2 and PostgreSQL keep. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Whether a failure is a unique constraint violation (SQLSTATE 23505 on H2 and PostgreSQL alike). */
    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
