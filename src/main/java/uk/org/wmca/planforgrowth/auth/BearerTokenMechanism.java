package uk.org.wmca.planforgrowth.auth;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads {@code Authorization: Bearer <secret>} and hands the secret to {@link TokenIdentityProvider}. Runs only when
 * an endpoint needs an identity ({@code quarkus.http.auth.proactive=false}), so public reads never authenticate.
 * No Authorization header, or another scheme, means anonymous; a Bearer value that is not shaped like a secret fails
 * at once, without a lookup.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    /** The scheme, as RFC 6750 spells it; compared without regard to case. */
    public static final String SCHEME = "Bearer";

    /** The realm named in challenges. */
    public static final String REALM = "plan-for-growth";

    /** The challenge of a request that sent no bearer token. */
    public static final String CHALLENGE = SCHEME + " realm=\"" + REALM + "\"";

    /** The challenge of a request whose bearer token was refused. */
    public static final String INVALID_TOKEN_CHALLENGE = CHALLENGE + ", error=\"invalid_token\"";

    /** The challenge of a request whose token's role does not allow it. */
    public static final String INSUFFICIENT_SCOPE_CHALLENGE = CHALLENGE + ", error=\"insufficient_scope\"";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader("Authorization");
        if (header == null || !hasBearerScheme(header)) {
            return Uni.createFrom().nullItem();
        }
        String secret = header.substring(SCHEME.length()).strip();
        if (!TokenSecrets.isWellFormed(secret)) {
            return Uni.createFrom().failure(InvalidTokens.notValid());
        }
        AuthenticationRequest request = new TokenAuthenticationRequest(new TokenCredential(secret, SCHEME));
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
    }

    /** The secret of a bearer Authorization header, or null; for code that needs it without authenticating. */
    public static String bearerSecret(String authorizationHeader) {
        if (authorizationHeader == null || !hasBearerScheme(authorizationHeader)) {
            return null;
        }
        return authorizationHeader.substring(SCHEME.length()).strip();
    }

    private static boolean hasBearerScheme(String header) {
        return header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && (header.length() == SCHEME.length() || header.charAt(SCHEME.length()) == ' ');
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom()
                .item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME.toLowerCase()));
    }
}
