package uk.org.wmca.planforgrowth.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.lang.reflect.Type;
import java.util.function.BiFunction;

/**
 * Reads a request body strictly: unknown members (the application's mapper ignores them), a member given twice
 * and anything after the object are refused, so that a misspelt member such as {@code expiresAT} is reported instead
 * of silently dropped. Put {@code @CustomDeserialization(StrictJson.class)} on a resource method that takes a JSON
 * body; {@link ProblemMapper} answers an unknown member with a 422 naming it, the other two with a 400.
 */
public class StrictJson implements BiFunction<ObjectMapper, Type, ObjectReader> {

    @Override
    public ObjectReader apply(ObjectMapper mapper, Type type) {
        return mapper.readerFor(mapper.constructType(type))
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
