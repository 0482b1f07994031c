package uk.org.wmca.planforgrowth.auth;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uk.org.wmca.planforgrowth.database.DatabaseFailures;

/**
 * The tokens this instance verified, by the hash of their secret, so that {@link #idOf} answers from memory. Filled on
 * each successful authentication; an entry goes when its token expires, when it is revoked here, and within
 * {@code pfg.auth.recheck-interval} when it is revoked through another instance. Bounded by
 * {@code pfg.auth.verified-tokens-max}: when full, the entry verified longest ago makes room.
 */
@ApplicationScoped
public class VerifiedTokenCache implements VerifiedTokens {

    private record Entry(long id, String secretHash, Instant expiresAt, Instant verifiedAt) {}

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ApiTokenRepository tokens;
    private final int max;
    private final Clock clock;

    VerifiedTokenCache(ApiTokenRepository tokens, AuthConfig config) {
        this.tokens = tokens;
        this.max = config.verifiedTokensMax();
        this.clock = Clock.systemUTC();
    }

    @Override
    public Optional<Long> idOf(String bearerSecret) {
        if (!TokenSecrets.isWellFormed(bearerSecret)) {
            return Optional.empty();
        }
        String hash = TokenSecrets.hash(bearerSecret);
        Entry entry = entries.get(hash);
        if (entry == null || !TokenSecrets.matches(bearerSecret, entry.secretHash())) {
            return Optional.empty();
        }
        if (entry.expiresAt() != null && !clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(hash, entry);
            return Optional.empty();
        }
        return Optional.of(entry.id());
    }

    /** Remembers a token that has just authenticated a request. */
    void remember(ApiToken token) {
        if (entries.size() >= max && !entries.containsKey(token.secretHash)) {
            entries.values().stream()
                    .min(Comparator.comparing(Entry::verifiedAt))
                    .ifPresent(oldest -> entries.remove(oldest.secretHash(), oldest));
        }
        entries.put(token.secretHash, new Entry(token.id, token.secretHash, token.expiresAt, clock.instant()));
    }

    /** Forgets a token, by id: it was revoked, or found expired. */
    void forget(long id) {
        entries.values().removeIf(entry -> entry.id() == id);
    }

    /** Number of tokens remembered; for tests. */
    int size() {
        return entries.size();
    }

    /** Forgets the remembered tokens that were revoked or expired meanwhile, wherever that happened. */
    @Scheduled(
            every = "${pfg.auth.recheck-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "10s")
    void recheck() {
        if (entries.isEmpty()) {
            return;
        }
        try {
            forgetUnusable();
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isUnavailable(e)) {
                throw e;
            }
            Log.debugf("Could not recheck the verified tokens: the database is unavailable");
        }
    }

    @Transactional
    void forgetUnusable() {
        Set<Long> ids = new HashSet<>();
        entries.values().forEach(entry -> ids.add(entry.id()));
        List<Long> unusable = tokens.unusableAmong(ids, clock.instant());
        if (!unusable.isEmpty()) {
            Log.debugf("Forgetting %d revoked or expired tokens", unusable.size());
            Set<Long> gone = Set.copyOf(unusable);
            entries.values().removeIf(entry -> gone.contains(entry.id()));
        }
    }
}
