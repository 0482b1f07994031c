package uk.org.wmca.planforgrowth.place;

import java.util.Arrays;
import java.util.List;

/** Whether a local authority is one of the combined authority's constituent members. */
public enum PlaceKind {
    CONSTITUENT("constituent"),
    NON_CONSTITUENT("non-constituent");

    private final String wireName;

    PlaceKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static PlaceKind fromWireName(String value) {
        return Arrays.stream(values())
                .filter(k -> k.wireName.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown place kind: " + value));
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(PlaceKind::wireName).toList();
    }

    /** Stores the enum under its wire name. */
    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter implements jakarta.persistence.AttributeConverter<PlaceKind, String> {
        @Override
        public String convertToDatabaseColumn(PlaceKind attribute) {
            return attribute == null ? null : attribute.wireName();
        }

        @Override
        public PlaceKind convertToEntityAttribute(String dbData) {
            return dbData == null ? null : fromWireName(dbData);
        }
    }
}
