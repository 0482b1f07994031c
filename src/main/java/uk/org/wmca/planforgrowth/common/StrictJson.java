package uk.org.wmca.planforgrowth.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.BiFunction;

/**
 * Reads a request body strictly: unknown members (the application's mapper ignores them), a member given twice
 * and anything after the object are refused, so that a misspelt member such as {@code expiresAT} is reported instead
 * of silently dropped; and scalars are never coerced ({@code "14"} for a number, {@code "false"} or {@code 0} for a
 * boolean, {@code 123} or {@code true} for a string are refused); and no string holds a NUL character (U+0000),
 * which PostgreSQL refuses in any text, so that such a body is a 422 naming the member on every database. Put {@code @CustomDeserialization(StrictJson.class)}
 * on a resource method that takes a JSON body; {@link ProblemMapper} answers an unknown member or a wrong type with a
 * 422 naming it, the other two with a 400.
 */
public class StrictJson implements BiFunction<ObjectMapper, Type, ObjectReader> {

    private static final Map<ObjectMapper, ObjectMapper> STRICT = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public ObjectReader apply(ObjectMapper mapper, Type type) {
        ObjectMapper strict = STRICT.computeIfAbsent(mapper, m -> refuseCoercion(m.copy()));
        return strict.readerFor(strict.constructType(type))
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /**
     * Makes a mapper refuse to coerce one JSON scalar type into another (a string into a number or a boolean, a
     * number or a boolean into a string, a number into a boolean, an empty string into a number); returns it.
     */
    public static ObjectMapper refuseCoercion(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("strict-text").addDeserializer(String.class, new TextWithoutNul()));
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** The JSON type a Java type is read from, in words; never a class name. */
    public static String jsonType(Class<?> type) {
        if (type == null) {
            return "of another JSON type";
        }
        if (type == TextWithoutNul.class) {
            return "text without NUL characters (\\u0000)";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "a JSON object";
    }

    /**
     * Reads a string as Jackson does, and refuses one holding a NUL character: PostgreSQL stores no NUL in text (H2
     * does), so without this the same body would be a 500 on one database and stored on the other. The refusal is a
     * {@link MismatchedInputException} whose target type is this class, which every write maps to a 422 naming the
     * member, worded by {@link #jsonType}.
     */
    static final class TextWithoutNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw MismatchedInputException.from(
                        parser, TextWithoutNul.class, "A string holds a NUL character (\\u0000).");
            }
            return text;
        }
    }
}
