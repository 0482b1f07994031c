package uk.org.wmca.planforgrowth.auth;

import java.util.List;
import java.util.Set;
import uk.org.wmca.planforgrowth.common.WireNamed;

/** What a token may do: editors write content; admins also manage tokens. */
public enum TokenRole implements WireNamed {
    EDITOR(Set.of(TokenRole.EDITOR_ROLE)),
    ADMIN(Set.of(TokenRole.ADMIN_ROLE, TokenRole.EDITOR_ROLE));

    /** The role name for {@code @RolesAllowed} on content writes. */
    public static final String EDITOR_ROLE = "editor";

    /** The role name for {@code @RolesAllowed} on token management. */
    public static final String ADMIN_ROLE = "admin";

    private final Set<String> grants;

    TokenRole(Set<String> grants) {
        this.grants = grants;
    }

    /** The security roles a token of this role holds: an admin is also an editor. */
    public Set<String> grants() {
        return grants;
    }

    @Override
    public String wireName() {
        return name().toLowerCase();
    }

    public static TokenRole fromWireName(String value) {
        return WireNamed.fromWireName(TokenRole.class, value);
    }

    public static List<String> wireNames() {
        return WireNamed.wireNames(TokenRole.class);
    }

    /** Stores the role under its wire name. */
    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends WireNamed.Converter<TokenRole> {
        public Converter() {
            super(TokenRole.class);
        }
    }
}
