package uk.org.wmca.planforgrowth.query;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that is only present when the client asks for it with {@code include=}; it is left out
 * of the response (and of the valid {@code fields} and CSV columns) otherwise.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Included {}
