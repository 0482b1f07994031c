package uk.org.wmca.planforgrowth.auth;

import java.util.Optional;

/**
 * Answers, without a database round trip, whether a bearer secret belongs to a token this instance verified and
 * that is still valid. The rate limiter uses it to give a token its own budget; anything it cannot vouch for is
 * budgeted by client address.
 */
public interface VerifiedTokens {

    /** The token's id when this secret was verified on this instance and is still valid; empty otherwise. */
    Optional<Long> idOf(String bearerSecret);
}
