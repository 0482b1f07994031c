package uk.org.wmca.planforgrowth.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import uk.org.wmca.planforgrowth.common.PageRequest;
import uk.org.wmca.planforgrowth.common.PageResult;
import uk.org.wmca.planforgrowth.common.Paging;

/** Reads the cited sources. */
@ApplicationScoped
public class SourceService {

    private final SourceRepository sources;

    SourceService(SourceRepository sources) {
        this.sources = sources;
    }

    @Transactional
    public PageResult<SourceView> list(PageRequest page) {
        return Paging.page(sources.findAll(SourceRepository.DEFAULT_ORDER), page)
                .map(SourceView::from);
    }

    @Transactional
    public Optional<SourceView> find(String id) {
        return sources.findBySlug(id).map(SourceView::from);
    }
}
