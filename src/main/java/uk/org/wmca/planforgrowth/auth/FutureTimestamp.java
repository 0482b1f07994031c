package uk.org.wmca.planforgrowth.auth;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** A string that is an RFC 3339 date-time with a time zone, in the future and before the year 10000; null is valid. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FutureTimestamp.Validator.class)
public @interface FutureTimestamp {

    String message() default "expiresAt must be an RFC 3339 date-time in the future, such as 2027-01-01T00:00:00Z.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the format first, then that the time is still to come. */
    class Validator implements ConstraintValidator<FutureTimestamp, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            OffsetDateTime parsed;
            try {
                parsed = OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                return refuse(
                        context,
                        "expiresAt must be an RFC 3339 date-time with a time zone, such as 2027-01-01T00:00:00Z.");
            }
            if (parsed.getYear() > 9999) {
                return refuse(context, "expiresAt must be before the year 10000.");
            }
            if (!parsed.toInstant().isAfter(Instant.now())) {
                return refuse(context, "expiresAt must be in the future.");
            }
            return true;
        }

        private static boolean refuse(ConstraintValidatorContext context, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }
    }
}
