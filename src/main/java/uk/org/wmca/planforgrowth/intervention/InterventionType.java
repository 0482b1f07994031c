package uk.org.wmca.planforgrowth.intervention;

import java.util.List;
import uk.org.wmca.planforgrowth.content.ContentDocument.InterventionRecord;
import uk.org.wmca.planforgrowth.content.ContentType;
import uk.org.wmca.planforgrowth.content.ItemType;

/** The intervention type: one of the plan's cross-cutting interventions, keyed by slug. */
public final class InterventionType extends ContentType<Intervention, InterventionRecord> {

    public InterventionType() {
        super(Intervention.class, InterventionRecord.class, InterventionService.LIST, InterventionRecord::slug);
    }

    @Override
    public InterventionRecord export(Intervention i) {
        return new InterventionRecord(
                i.slug,
                i.code,
                i.position,
                i.name,
                i.summary,
                i.detail,
                keys(i.facts, f -> f.slug),
                keys(i.sources, s -> s.slug));
    }

    @Override
    public void apply(InterventionRecord r, Intervention intervention, Resolver content) {
        String owner = "intervention " + r.slug();
        intervention.slug = r.slug();
        intervention.code = r.code();
        intervention.position = r.position();
        intervention.name = r.name();
        intervention.summary = r.summary();
        intervention.detail = r.detail();
        content.replace(intervention.facts, content.many(owner, ItemType.FACT, r.facts()));
        content.replace(intervention.sources, content.many(owner, ItemType.SOURCE, r.sources()));
    }

    @Override
    public List<String> uniqueMembers() {
        return List.of("code");
    }

    @Override
    protected void references(InterventionRecord r, References refs) {
        refs.many("facts", ItemType.FACT, r.facts()).many("sources", ItemType.SOURCE, r.sources());
    }
}
