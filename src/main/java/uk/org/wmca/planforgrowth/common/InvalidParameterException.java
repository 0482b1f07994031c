package uk.org.wmca.planforgrowth.common;

import java.util.List;

/** One or more query parameters are unknown, malformed or out of range. */
public class InvalidParameterException extends ApiException {

    public InvalidParameterException(List<Problem.FieldError> errors) {
        super(
                400,
                "Bad Request",
                errors.size() == 1
                        ? errors.get(0).message()
                        : "The request has " + errors.size() + " invalid parameters; see errors.",
                errors);
    }

    public static InvalidParameterException of(String parameter, String message, List<String> valid) {
        return new InvalidParameterException(List.of(Problem.FieldError.query(parameter, message, valid)));
    }
}
