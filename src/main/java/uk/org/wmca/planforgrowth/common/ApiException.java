package uk.org.wmca.planforgrowth.common;

import java.util.List;

/** A failure the client can act on; the problem mapper turns it into {@code application/problem+json}. */
public abstract class ApiException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    protected ApiException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
