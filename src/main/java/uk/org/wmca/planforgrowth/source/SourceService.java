package uk.org.wmca.planforgrowth.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import uk.org.wmca.planforgrowth.common.PageResult;
import uk.org.wmca.planforgrowth.query.ListDefinition;
import uk.org.wmca.planforgrowth.query.ListQueries;
import uk.org.wmca.planforgrowth.query.ListQuery;

/** Reads the cited sources. */
@ApplicationScoped
public class SourceService {

    /** What the list of sources can be asked for. */
    public static final ListDefinition<Source> LIST = ListDefinition.of(
                    "sources", Source.class, SourceView.class, "e.slug")
            .sort("title", "e.search.sortName")
            .include("facts")
            .detail(SourceView.class);

    private final SourceRepository sources;
    private final ListQueries queries;

    SourceService(SourceRepository sources, ListQueries queries) {
        this.sources = sources;
        this.queries = queries;
    }

    /** A page of the list (or all of it when {@code whole} and no page is asked for), as the query asks. */
    @Transactional
    public PageResult<SourceView> list(ListQuery query, boolean whole) {
        return queries.find(LIST, query, whole).toPage(item -> SourceView.from(item, query.include()));
    }

    @Transactional
    public Optional<SourceView> find(String id) {
        return sources.findBySlug(id).map(SourceView::from);
    }
}
