package uk.org.wmca.planforgrowth.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Settings of API token authentication, under {@code pfg.auth.} in {@code application.properties} or the environment. */
@ConfigMapping(prefix = "pfg.auth")
public interface AuthConfig {

    /**
     * {@code pfg.auth.admin-token} (environment: {@code PFG_ADMIN_TOKEN}): the secret of an admin token that must
     * exist. At start, a token named {@code admin (PFG_ADMIN_TOKEN)} with this secret is added unless one with this
     * secret exists already (revoked or not: a revoked one stays revoked). It must be {@code pfg_} followed by 32 to
     * 200 letters, digits, {@code -} or {@code _}; generate one with {@code echo pfg_$(openssl rand -base64 32 | tr
     * '+/' '-_' | tr -d '=')}. When it is not set and no usable admin token exists, one is generated and printed once
     * to the log.
     */
    Optional<String> adminToken();

    /**
     * {@code pfg.auth.recheck-interval}: how often each instance forgets the tokens it remembers as verified (for
     * per-token rate limits) once they were revoked or expired, also when that happened through another instance.
     */
    @WithDefault("60s")
    String recheckInterval();

    /** {@code pfg.auth.verified-tokens-max}: how many verified tokens each instance remembers at most. */
    @WithDefault("10000")
    int verifiedTokensMax();
}
