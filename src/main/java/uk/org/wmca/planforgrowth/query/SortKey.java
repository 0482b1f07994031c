package uk.org.wmca.planforgrowth.query;

/** One key of a {@code sort} parameter: a field and a direction ({@code -name} is descending). */
public record SortKey(String field, boolean descending) {

    public static SortKey parse(String token) {
        return token.startsWith("-") ? new SortKey(token.substring(1), true) : new SortKey(token, false);
    }

    @Override
    public String toString() {
        return descending ? "-" + field : field;
    }
}
