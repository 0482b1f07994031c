package uk.org.wmca.planforgrowth.common;

import java.util.List;

/**
 * The request body is missing or is not a JSON object (400), or it is a JSON object whose members are unknown, of
 * the wrong type or invalid (422, with one error per member).
 */
public class InvalidBodyException extends ApiException {

    private InvalidBodyException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(status, title, detail, errors);
    }

    public static InvalidBodyException missing() {
        return malformed("The request body is missing: send a JSON object.");
    }

    public static InvalidBodyException malformed(String detail) {
        return new InvalidBodyException(400, "Bad Request", detail, List.of());
    }

    public static InvalidBodyException invalid(List<Problem.FieldError> errors) {
        return new InvalidBodyException(
                422,
                "Unprocessable Content",
                errors.size() == 1
                        ? errors.get(0).message()
                        : "The request body has " + errors.size() + " invalid members; see errors.",
                errors);
    }

    /** An error about one member of the request body. */
    public static Problem.FieldError member(String name, String message, List<String> valid) {
        return new Problem.FieldError(name, "body", message, valid);
    }
}
