package uk.org.wmca.planforgrowth.common;

import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Strict handling of query parameters: an unknown or repeated parameter is an error, never ignored. */
public final class QueryParameters {

    private QueryParameters() {}

    /** Refuses any query parameter not in {@code allowed}, and any given more than once. */
    public static void allowOnly(UriInfo uri, Set<String> allowed) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> valid = new ArrayList<>(new TreeSet<>(allowed));
        for (Map.Entry<String, List<String>> parameter :
                uri.getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            if (!allowed.contains(name)) {
                errors.add(Problem.FieldError.query(
                        name,
                        valid.isEmpty()
                                ? "Unknown parameter '" + name + "': this resource takes no query parameters."
                                : "Unknown parameter '" + name + "'. Valid parameters: " + String.join(", ", valid)
                                        + ".",
                        valid));
            } else if (parameter.getValue().stream().anyMatch(String::isEmpty)) {
                errors.add(Problem.FieldError.query(
                        name, "Parameter '" + name + "' is empty; give it a value or leave it out.", List.of()));
            } else if (parameter.getValue().size() > 1) {
                errors.add(Problem.FieldError.query(
                        name,
                        "Parameter '" + name + "' is given "
                                + parameter.getValue().size() + " times; give it once.",
                        List.of()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
    }

    /** Parses a parameter whose value must be one of {@code valid}; null when absent. */
    public static String oneOf(String name, String raw, List<String> valid) {
        if (raw == null || valid.contains(raw)) {
            return raw;
        }
        throw InvalidParameterException.of(
                name,
                "'" + raw + "' is not a valid " + name + ". Valid values: " + String.join(", ", valid) + ".",
                valid);
    }
}
