package uk.org.wmca.planforgrowth.theme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import uk.org.wmca.planforgrowth.common.PageRequest;
import uk.org.wmca.planforgrowth.common.PageResult;
import uk.org.wmca.planforgrowth.common.Paging;

/** Reads the delivery themes. */
@ApplicationScoped
public class ThemeService {

    private final ThemeRepository themes;

    ThemeService(ThemeRepository themes) {
        this.themes = themes;
    }

    @Transactional
    public PageResult<ThemeSummary> list(PageRequest page) {
        return Paging.page(themes.findAll(ThemeRepository.DEFAULT_ORDER), page).map(ThemeSummary::from);
    }

    @Transactional
    public Optional<ThemeView> find(String slug) {
        return themes.findBySlug(slug).map(ThemeView::from);
    }
}
