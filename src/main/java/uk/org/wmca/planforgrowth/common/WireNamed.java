package uk.org.wmca.planforgrowth.common;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.List;

/** An enum with one spelling, its wire name, used alike in JSON, query parameters and the database. */
public interface WireNamed {

    String wireName();

    static <E extends Enum<E> & WireNamed> E fromWireName(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "'" + value + "' is not one of " + wireNames(type) + " (" + type.getSimpleName() + ")"));
    }

    static <E extends Enum<E> & WireNamed> List<String> wireNames(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireNamed::wireName).toList();
    }

    /** Stores such an enum under its wire name; subclass it once per enum for JPA. */
    abstract class Converter<E extends Enum<E> & WireNamed> implements AttributeConverter<E, String> {
        private final Class<E> type;

        protected Converter(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(E attribute) {
            return attribute == null ? null : attribute.wireName();
        }

        @Override
        public E convertToEntityAttribute(String dbData) {
            return dbData == null ? null : fromWireName(type, dbData);
        }
    }
}
