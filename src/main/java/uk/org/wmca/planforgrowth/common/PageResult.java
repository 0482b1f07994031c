package uk.org.wmca.planforgrowth.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list with the exact total it was cut from. */
public record PageResult<T>(List<T> items, PageRequest request, long total) {

    public int totalPages() {
        return (int) ((total + request.size() - 1) / request.size());
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), request, total);
    }

    /**
     * Refuses a page past the last one, so a client never mistakes an empty page for the end of a list that has
     * items.
     */
    public PageResult<T> requireExistingPage() {
        if (request.page() > 1 && request.page() > totalPages()) {
            String valid = totalPages() == 0 ? "1" : "1 to " + totalPages();
            throw InvalidParameterException.of(
                    "page",
                    "page " + request.page() + " is past the last page (" + Math.max(totalPages(), 1) + ").",
                    List.of(valid));
        }
        return this;
    }
}
