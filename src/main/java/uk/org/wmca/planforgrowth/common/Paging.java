package uk.org.wmca.planforgrowth.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import java.util.List;

/** Cuts one page out of a Panache query, with the exact total. */
public final class Paging {

    private Paging() {}

    public static <T> PageResult<T> page(PanacheQuery<T> query, PageRequest request) {
        long total = query.count();
        new PageResult<>(List.<T>of(), request, total).requireExistingPage();
        List<T> items = query.page(Page.of(request.page() - 1, request.size())).list();
        return new PageResult<>(items, request, total);
    }
}
