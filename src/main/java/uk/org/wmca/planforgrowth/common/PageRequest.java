package uk.org.wmca.planforgrowth.common;

import java.util.List;

/** A validated request for one page of a list: 1-based page number and page size. */
public record PageRequest(int page, int size) {

    public static final String PAGE = "page";
    public static final String SIZE = "size";
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /**
     * Parses the raw {@code page} and {@code size} query parameters. Anything that is not a whole number in range is
     * refused, never clamped.
     */
    public static PageRequest parse(String page, String size) {
        int pageNumber = parseBounded("page", page, 1, 1, Integer.MAX_VALUE);
        int pageSize = parseBounded("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        return new PageRequest(pageNumber, pageSize);
    }

    /** Zero-based index of the first item of this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    private static int parseBounded(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null) {
            return defaultValue;
        }
        String valid =
                max == Integer.MAX_VALUE ? "a whole number from " + min : "a whole number from " + min + " to " + max;
        if (!raw.matches("[0-9]{1,10}")) {
            throw InvalidParameterException.of(name, "'" + raw + "' is not " + valid + ".", List.of(valid));
        }
        long value = Long.parseLong(raw);
        if (value < min || value > max) {
            throw InvalidParameterException.of(
                    name, raw + " is out of range: " + name + " must be " + valid + ".", List.of(valid));
        }
        return (int) value;
    }
}
