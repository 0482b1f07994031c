package uk.org.wmca.planforgrowth.fact;

import static uk.org.wmca.planforgrowth.content.ContentExporter.plain;

import java.util.List;
import java.util.Set;
import uk.org.wmca.planforgrowth.content.ContentDocument.FactRecord;
import uk.org.wmca.planforgrowth.content.ContentType;
import uk.org.wmca.planforgrowth.content.InvalidContentException;
import uk.org.wmca.planforgrowth.content.ItemType;

/** The fact type: a figure with its provenance, keyed by its public id. */
public final class FactType extends ContentType<Fact, FactRecord> {

    /** The members through which an item uses a fact as a Plan for Growth figure (not background). */
    private static final Set<String> PLAN_FIGURE_MEMBERS = Set.of("growth.output", "growth.jobs", "headlineFacts");

    public FactType() {
        super(Fact.class, FactRecord.class, FactService.LIST, FactRecord::id);
    }

    @Override
    public FactRecord export(Fact f) {
        return new FactRecord(
                f.slug,
                f.label,
                plain(f.amount),
                plain(f.amountMin),
                plain(f.amountMax),
                f.unit,
                f.measure,
                f.qualifier,
                f.period,
                f.horizonYear,
                f.geography,
                f.status.wireName(),
                f.source.slug,
                keys(f.otherSources, s -> s.slug),
                f.note,
                f.planFigure);
    }

    @Override
    public void apply(FactRecord r, Fact fact, Resolver content) {
        String owner = "fact " + r.id();
        boolean existing = fact.slug != null;
        fact.slug = r.id();
        fact.label = r.label();
        fact.amount = r.value();
        fact.amountMin = r.min();
        fact.amountMax = r.max();
        fact.unit = r.unit();
        fact.measure = r.measure();
        fact.qualifier = r.qualifier();
        fact.period = r.period();
        fact.horizonYear = r.horizonYear();
        fact.geography = r.geography();
        fact.status = Certainty.fromWireName(r.status());
        fact.source = content.one(owner, ItemType.SOURCE, r.source());
        content.replace(fact.otherSources, content.many(owner, ItemType.SOURCE, r.otherSources()));
        fact.note = r.note();
        if (!r.countsAsPlanFigure() && existing) {
            List<String> users = content.referrers(ItemType.FACT, r.id()).stream()
                    .filter(user -> PLAN_FIGURE_MEMBERS.stream().anyMatch(m -> user.endsWith("(" + m + ")")))
                    .toList();
            if (!users.isEmpty()) {
                throw new InvalidContentException(owner + " cannot be background only (planFigure false): "
                        + String.join(", ", users) + " use it as a Plan for Growth figure");
            }
        }
        fact.planFigure = r.countsAsPlanFigure();
        if (fact.status == Certainty.UNCONFIRMED && (r.value() != null || r.min() != null || r.max() != null)) {
            throw new InvalidContentException(owner + " is unconfirmed but has a value; it must be null");
        }
        if (fact.status != Certainty.UNCONFIRMED && r.value() == null && (r.min() == null || r.max() == null)) {
            throw new InvalidContentException(owner + " has neither a value nor a min and max");
        }
    }

    @Override
    protected void references(FactRecord r, References refs) {
        refs.one("source", ItemType.SOURCE, r.source()).many("otherSources", ItemType.SOURCE, r.otherSources());
    }

    /** Background figures never stand for the plan's own: refused in a cluster's growth and the headline facts. */
    public static void requirePlanFigure(String owner, String member, Fact fact) {
        if (fact != null && !fact.planFigure) {
            throw new InvalidContentException(owner + " " + member + " refers to fact '" + fact.slug
                    + "', which is background only (planFigure false), not a Plan for Growth figure");
        }
    }
}
