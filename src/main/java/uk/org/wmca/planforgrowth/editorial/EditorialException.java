package uk.org.wmca.planforgrowth.editorial;

import java.util.List;
import uk.org.wmca.planforgrowth.common.ApiException;
import uk.org.wmca.planforgrowth.common.Problem;

/** A write the API refuses, with the status that says why. */
public class EditorialException extends ApiException {

    private EditorialException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(status, title, detail, errors);
    }

    public static EditorialException malformed(String detail) {
        return new EditorialException(400, "Bad Request", detail, List.of());
    }

    public static EditorialException conflict(String detail) {
        return new EditorialException(409, "Conflict", detail, List.of());
    }

    public static EditorialException preconditionFailed(String detail) {
        return new EditorialException(412, "Precondition Failed", detail, List.of());
    }

    public static EditorialException tooLarge(int limit) {
        return new EditorialException(
                413,
                "Content Too Large",
                "The request body is larger than the limit of " + limit + " bytes.",
                List.of());
    }

    public static EditorialException invalid(List<Problem.FieldError> errors) {
        return new EditorialException(422, "Unprocessable Content", "The document is not valid; see errors.", errors);
    }

    public static EditorialException invalid(String field, String message) {
        return invalid(List.of(body(field, message)));
    }

    public static EditorialException preconditionRequired(String detail) {
        return new EditorialException(428, "Precondition Required", detail, List.of());
    }

    public static Problem.FieldError body(String field, String message) {
        return new Problem.FieldError(field, "body", message, List.of());
    }
}
