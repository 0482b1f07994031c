package uk.org.wmca.planforgrowth.content;

/** Content to import breaks a rule: a dangling reference, a duplicate id, a value where none may be. */
public class InvalidContentException extends RuntimeException {

    public InvalidContentException(String message) {
        super("Invalid content: " + message);
    }
}
