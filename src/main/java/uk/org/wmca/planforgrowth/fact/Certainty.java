package uk.org.wmca.planforgrowth.fact;

import java.util.Arrays;
import java.util.List;

/** How sure the published content is of a statement: seen in a source, inferred from sources, or not checked. */
public enum Certainty {
    CONFIRMED,
    INFERRED,
    UNCONFIRMED;

    /** The lower-case name used in JSON, in the database and in query parameters. */
    public String wireName() {
        return name().toLowerCase();
    }

    public static Certainty fromWireName(String value) {
        return Arrays.stream(values())
                .filter(c -> c.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown certainty: " + value));
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(Certainty::wireName).toList();
    }

    /** Stores the enum under its wire name. */
    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter implements jakarta.persistence.AttributeConverter<Certainty, String> {
        @Override
        public String convertToDatabaseColumn(Certainty attribute) {
            return attribute == null ? null : attribute.wireName();
        }

        @Override
        public Certainty convertToEntityAttribute(String dbData) {
            return dbData == null ? null : fromWireName(dbData);
        }
    }
}
