package uk.org.wmca.planforgrowth.common;

import jakarta.ws.rs.core.UriInfo;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Strict handling of query parameters: an unknown or repeated parameter is an error, never ignored. */
public final class QueryParameters {

    private QueryParameters() {}

    /**
     * The query parameters of a request by their exact names (the framework's own map does not tell {@code sort}
     * from {@code Sort}), decoded, in order. A malformed percent-encoding is refused.
     */
    public static Map<String, List<String>> of(UriInfo uri) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String raw = uri.getRequestUri().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), pair);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), pair);
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /** The first value of a parameter, or null. */
    public static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String decode(String text, String pair) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw InvalidParameterException.of(
                    pair, "'" + pair + "' is not a well-formed query parameter (bad percent-encoding).", List.of());
        }
    }

    /**
     * The values of a list-valued parameter as one comma-separated value: {@code kind=a&kind=b} (what generated clients
     * send for an array by default) reads as {@code kind=a,b}; null when absent.
     */
    public static String joined(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    /** Refuses any query parameter not in {@code allowed}, and any given more than once. */
    public static void allowOnly(UriInfo uri, Set<String> allowed) {
        allowOnly(uri, allowed, Set.of());
    }

    /**
     * Refuses any query parameter not in {@code allowed}, and any but those in {@code repeatable} (list-valued ones,
     * read with {@link #joined}) given more than once.
     */
    public static void allowOnly(UriInfo uri, Set<String> allowed, Set<String> repeatable) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> valid = new ArrayList<>(new TreeSet<>(allowed));
        for (Map.Entry<String, List<String>> parameter : of(uri).entrySet()) {
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
            } else if (parameter.getValue().size() > 1 && !repeatable.contains(name)) {
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
