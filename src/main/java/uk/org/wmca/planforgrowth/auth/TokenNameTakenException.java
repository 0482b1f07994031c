package uk.org.wmca.planforgrowth.auth;

import java.util.List;
import uk.org.wmca.planforgrowth.common.ApiException;
import uk.org.wmca.planforgrowth.common.Problem;

/** Another token, revoked or not, already has this name. */
public class TokenNameTakenException extends ApiException {

    public TokenNameTakenException(String name) {
        super(
                409,
                "Conflict",
                "A token named '" + name + "' exists already (names stay taken after revocation); choose another name.",
                List.of(new Problem.FieldError("name", "body", "The name '" + name + "' is taken.", List.of())));
    }
}
