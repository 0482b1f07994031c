package uk.org.wmca.planforgrowth.place;

import java.util.List;
import uk.org.wmca.planforgrowth.common.WireNamed;

/** Whether a local authority is one of the combined authority's constituent members. */
public enum PlaceKind implements WireNamed {
    CONSTITUENT("constituent"),
    NON_CONSTITUENT("non-constituent");

    private final String wireName;

    PlaceKind(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static PlaceKind fromWireName(String value) {
        return WireNamed.fromWireName(PlaceKind.class, value);
    }

    public static List<String> wireNames() {
        return WireNamed.wireNames(PlaceKind.class);
    }

    /** Stores the enum under its wire name. */
    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends WireNamed.Converter<PlaceKind> {
        public Converter() {
            super(PlaceKind.class);
        }
    }
}
