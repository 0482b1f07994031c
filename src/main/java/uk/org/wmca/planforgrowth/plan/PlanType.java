package uk.org.wmca.planforgrowth.plan;

import static uk.org.wmca.planforgrowth.fact.FactType.requirePlanFigure;

import java.util.List;
import uk.org.wmca.planforgrowth.content.ContentDocument.PlanRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.PrincipleRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.SignatoryRecord;
import uk.org.wmca.planforgrowth.content.ContentType;
import uk.org.wmca.planforgrowth.content.ItemType;

/** The plan type: the one Plan for Growth, always keyed {@code plan}; it has no list. */
public final class PlanType extends ContentType<Plan, PlanRecord> {

    public PlanType() {
        super(Plan.class, PlanRecord.class, null, r -> ItemType.PLAN_KEY);
    }

    @Override
    public PlanRecord export(Plan p) {
        return new PlanRecord(
                p.title,
                p.summary,
                p.aim,
                p.approach,
                p.governance,
                p.deliveryPartners,
                p.publisher,
                p.firstPublished,
                p.firstPublishedSource.slug,
                p.firstPublishedNote,
                p.forewordSignatories.stream()
                        .map(s -> new SignatoryRecord(s.name, s.role))
                        .toList(),
                p.principles.stream()
                        .map(x -> new PrincipleRecord(x.position, x.name, x.summary))
                        .toList(),
                keys(p.headlineFacts, f -> f.slug),
                keys(p.sources, s -> s.slug));
    }

    @Override
    public void apply(PlanRecord r, Plan plan, Resolver content) {
        boolean existing = plan.id != null;
        plan.title = r.title();
        plan.summary = r.summary();
        plan.aim = r.aim();
        plan.approach = r.approach();
        plan.governance = r.governance();
        plan.deliveryPartners = r.deliveryPartners();
        plan.publisher = r.publisher();
        plan.firstPublished = r.firstPublished();
        plan.firstPublishedSource = content.one("plan", ItemType.SOURCE, r.firstPublishedSource());
        plan.firstPublishedNote = r.firstPublishedNote();
        content.replace(
                plan.forewordSignatories,
                orEmpty(r.forewordSignatories()).stream()
                        .map(s -> new Signatory(s.name(), s.role()))
                        .toList());
        List<PrincipleRecord> wanted = orEmpty(r.principles());
        // Principles are kept by position, so that an update never collides with the (plan, position) key.
        plan.principles.removeIf(p -> wanted.stream().noneMatch(w -> w.position() == p.position));
        if (existing) {
            content.flush();
        }
        for (PrincipleRecord w : wanted) {
            Principle principle = plan.principles.stream()
                    .filter(p -> p.position == w.position())
                    .findFirst()
                    .orElseGet(() -> {
                        Principle created = new Principle();
                        created.plan = plan;
                        created.position = w.position();
                        plan.principles.add(created);
                        return created;
                    });
            principle.name = w.name();
            principle.summary = w.summary();
        }
        content.replace(plan.headlineFacts, content.many("plan", ItemType.FACT, r.headlineFacts()));
        plan.headlineFacts.forEach(fact -> requirePlanFigure("plan", "headlineFacts", fact));
        content.replace(plan.sources, content.many("plan", ItemType.SOURCE, r.sources()));
    }

    @Override
    protected void references(PlanRecord r, References refs) {
        refs.one("firstPublishedSource", ItemType.SOURCE, r.firstPublishedSource())
                .many("headlineFacts", ItemType.FACT, r.headlineFacts())
                .many("sources", ItemType.SOURCE, r.sources());
    }
}
