package uk.org.wmca.planforgrowth.fact;

import java.util.List;
import uk.org.wmca.planforgrowth.common.WireNamed;

/** How sure the published content is of a statement: seen in a source, inferred from sources, or not checked. */
public enum Certainty implements WireNamed {
    CONFIRMED,
    INFERRED,
    UNCONFIRMED;

    @Override
    public String wireName() {
        return name().toLowerCase();
    }

    public static Certainty fromWireName(String value) {
        return WireNamed.fromWireName(Certainty.class, value);
    }

    public static List<String> wireNames() {
        return WireNamed.wireNames(Certainty.class);
    }

    /** Stores the enum under its wire name. */
    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends WireNamed.Converter<Certainty> {
        public Converter() {
            super(Certainty.class);
        }
    }
}
