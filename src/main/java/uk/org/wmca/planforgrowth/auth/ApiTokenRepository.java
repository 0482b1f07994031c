package uk.org.wmca.planforgrowth.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Finds and updates API tokens. */
@ApplicationScoped
public class ApiTokenRepository implements PanacheRepository<ApiToken> {

    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return find("secretHash", secretHash).firstResultOptional();
    }

    public boolean existsByName(String name) {
        return count("name", name) > 0;
    }

    /** One page of all tokens, oldest first. */
    public List<ApiToken> page(long offset, int size) {
        return findAll(Sort.ascending("id"))
                .range((int) offset, (int) offset + size - 1)
                .list();
    }

    /** Whether any admin token is neither revoked nor expired. */
    public boolean anyUsableAdmin(Instant now) {
        return count(
                        "role = :role and revokedAt is null and (expiresAt is null or expiresAt > :now)",
                        Parameters.with("role", TokenRole.ADMIN).and("now", now))
                > 0;
    }

    /**
     * Records a use, unless one was recorded since {@code staleBefore}; the condition keeps concurrent requests and
     * instances from writing more than once a minute.
     */
    public int touch(long id, Instant now, Instant staleBefore) {
        return update(
                "lastUsedAt = :now where id = :id and (lastUsedAt is null or lastUsedAt < :staleBefore)",
                Parameters.with("now", now).and("id", id).and("staleBefore", staleBefore));
    }

    /** The ids among {@code ids} of tokens that are revoked or expired by {@code now}. */
    public List<Long> unusableAmong(Collection<Long> ids, Instant now) {
        return getEntityManager()
                .createQuery(
                        "select t.id from ApiToken t where t.id in :ids"
                                + " and (t.revokedAt is not null or (t.expiresAt is not null and t.expiresAt <= :now))",
                        Long.class)
                .setParameter("ids", ids)
                .setParameter("now", now)
                .getResultList();
    }
}
