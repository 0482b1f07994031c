package uk.org.wmca.planforgrowth.fact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import uk.org.wmca.planforgrowth.common.PageRequest;
import uk.org.wmca.planforgrowth.common.PageResult;
import uk.org.wmca.planforgrowth.common.Paging;

/** Reads facts with their sources. */
@ApplicationScoped
public class FactService {

    private final FactRepository facts;

    FactService(FactRepository facts) {
        this.facts = facts;
    }

    @Transactional
    public PageResult<FactView> list(PageRequest page) {
        return Paging.page(facts.findAll(FactRepository.DEFAULT_ORDER), page).map(FactView::from);
    }

    @Transactional
    public Optional<FactView> find(String id) {
        return facts.findBySlug(id).map(FactView::from);
    }
}
