package uk.org.wmca.planforgrowth.auth;

import io.quarkus.security.AuthenticationFailedException;
import java.util.Map;

/**
 * Builds the authentication failures of bearer tokens. Each carries a detail that is safe to show the client (it
 * never contains the secret); the problem mapper reads it back with {@link #detailOf}.
 */
public final class InvalidTokens {

    private static final String DETAIL = "pfg.auth.detail";

    static final String NOT_VALID = "The bearer token is not a valid token.";
    static final String EXPIRED = "The bearer token has expired.";
    static final String REVOKED = "The bearer token was revoked.";

    private InvalidTokens() {}

    static AuthenticationFailedException notValid() {
        return failure(NOT_VALID);
    }

    static AuthenticationFailedException expired() {
        return failure(EXPIRED);
    }

    static AuthenticationFailedException revoked() {
        return failure(REVOKED);
    }

    /** What to tell the client about a failed authentication. */
    public static String detailOf(AuthenticationFailedException failure) {
        Object detail = failure.getAttribute(DETAIL);
        return detail instanceof String text ? text : NOT_VALID;
    }

    private static AuthenticationFailedException failure(String detail) {
        return new AuthenticationFailedException(detail, Map.of(DETAIL, detail));
    }
}
