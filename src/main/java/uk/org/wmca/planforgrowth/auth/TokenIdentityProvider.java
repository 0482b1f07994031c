package uk.org.wmca.planforgrowth.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a bearer secret into a {@link SecurityIdentity}: the principal is the token's name, the roles are those its
 * role grants, and the token's id and role are attributes. The database lookup runs on a worker thread.
 */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Identity attribute: the token's id, a {@code Long}. */
    public static final String TOKEN_ID = "pfg.token.id";

    /** Identity attribute: the token's role, {@code editor} or {@code admin}. */
    public static final String TOKEN_ROLE = "pfg.token.role";

    private final TokenService tokens;

    TokenIdentityProvider(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String secret = request.getToken().getToken();
        return context.runBlocking(() -> identity(tokens.authenticate(secret)));
    }

    private static SecurityIdentity identity(TokenService.Verified token) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(token.name()))
                .addRoles(token.role().grants())
                .addAttribute(TOKEN_ID, token.id())
                .addAttribute(TOKEN_ROLE, token.role().wireName())
                .build();
    }
}
