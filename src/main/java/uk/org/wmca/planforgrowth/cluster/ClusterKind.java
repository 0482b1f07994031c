package uk.org.wmca.planforgrowth.cluster;

import java.util.List;
import uk.org.wmca.planforgrowth.common.WireNamed;

/** Primary clusters are the plan's main bets; nascent clusters are young, fast-moving ones it names as examples. */
public enum ClusterKind implements WireNamed {
    PRIMARY,
    NASCENT;

    @Override
    public String wireName() {
        return name().toLowerCase();
    }

    public static ClusterKind fromWireName(String value) {
        return WireNamed.fromWireName(ClusterKind.class, value);
    }

    public static List<String> wireNames() {
        return WireNamed.wireNames(ClusterKind.class);
    }

    /** Stores the enum under its wire name. */
    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends WireNamed.Converter<ClusterKind> {
        public Converter() {
            super(ClusterKind.class);
        }
    }
}
