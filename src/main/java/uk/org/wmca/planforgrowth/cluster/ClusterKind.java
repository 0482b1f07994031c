package uk.org.wmca.planforgrowth.cluster;

import java.util.Arrays;
import java.util.List;

/** Primary clusters are the plan's main bets; nascent clusters are young, fast-moving ones it names as examples. */
public enum ClusterKind {
    PRIMARY,
    NASCENT;

    public String wireName() {
        return name().toLowerCase();
    }

    public static ClusterKind fromWireName(String value) {
        return Arrays.stream(values())
                .filter(k -> k.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown cluster kind: " + value));
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(ClusterKind::wireName).toList();
    }

    /** Stores the enum under its wire name. */
    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter implements jakarta.persistence.AttributeConverter<ClusterKind, String> {
        @Override
        public String convertToDatabaseColumn(ClusterKind attribute) {
            return attribute == null ? null : attribute.wireName();
        }

        @Override
        public ClusterKind convertToEntityAttribute(String dbData) {
            return dbData == null ? null : fromWireName(dbData);
        }
    }
}
