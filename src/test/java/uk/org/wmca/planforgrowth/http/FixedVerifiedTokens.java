package uk.org.wmca.planforgrowth.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Optional;
import uk.org.wmca.planforgrowth.auth.VerifiedTokens;

/** A token service that vouches for one secret, token 7; enabled only by {@link EdgeTestProfile}. */
@Alternative
@ApplicationScoped
public class FixedVerifiedTokens implements VerifiedTokens {

    static final String SECRET = "pfg_test_editor_secret";
    static final long ID = 7;

    @Override
    public Optional<Long> idOf(String bearerSecret) {
        return SECRET.equals(bearerSecret) ? Optional.of(ID) : Optional.empty();
    }
}
