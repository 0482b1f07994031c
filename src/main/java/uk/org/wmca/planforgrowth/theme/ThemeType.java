package uk.org.wmca.planforgrowth.theme;

import java.util.Optional;
import uk.org.wmca.planforgrowth.content.ContentDocument.ThemeRecord;
import uk.org.wmca.planforgrowth.content.ContentType;
import uk.org.wmca.planforgrowth.content.ItemType;

/** The theme type: one of the delivery themes, keyed by slug, with an embed card. */
public final class ThemeType extends ContentType<Theme, ThemeRecord> {

    public ThemeType() {
        super(Theme.class, ThemeRecord.class, ThemeService.LIST, ThemeRecord::slug);
    }

    @Override
    public ThemeRecord export(Theme t) {
        return new ThemeRecord(
                t.slug,
                t.position,
                t.name,
                t.formerName,
                t.summary,
                t.detail,
                keys(t.interventions, i -> i.slug),
                keys(t.clusters, c -> c.slug),
                keys(t.facts, f -> f.slug),
                keys(t.sources, s -> s.slug));
    }

    @Override
    public void apply(ThemeRecord r, Theme theme, Resolver content) {
        String owner = "theme " + r.slug();
        theme.slug = r.slug();
        theme.position = r.position();
        theme.name = r.name();
        theme.formerName = r.formerName();
        theme.summary = r.summary();
        theme.detail = r.detail();
        content.replace(theme.interventions, content.many(owner, ItemType.INTERVENTION, r.interventions()));
        content.replace(theme.clusters, content.many(owner, ItemType.CLUSTER, r.clusters()));
        content.replace(theme.facts, content.many(owner, ItemType.FACT, r.facts()));
        content.replace(theme.sources, content.many(owner, ItemType.SOURCE, r.sources()));
    }

    @Override
    protected void references(ThemeRecord r, References refs) {
        refs.many("interventions", ItemType.INTERVENTION, r.interventions())
                .many("clusters", ItemType.CLUSTER, r.clusters())
                .many("facts", ItemType.FACT, r.facts())
                .many("sources", ItemType.SOURCE, r.sources());
    }

    @Override
    public Optional<?> cardView(String key) {
        return bean(ThemeService.class).find(key);
    }
}
