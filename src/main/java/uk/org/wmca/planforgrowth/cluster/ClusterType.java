package uk.org.wmca.planforgrowth.cluster;

import static uk.org.wmca.planforgrowth.fact.FactType.requirePlanFigure;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.org.wmca.planforgrowth.content.ContentDocument.ClusterRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.GrowthRecord;
import uk.org.wmca.planforgrowth.content.ContentType;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.fact.Certainty;
import uk.org.wmca.planforgrowth.theme.Theme;

/** The cluster type: a primary or nascent economic cluster, keyed by slug, with an embed card. */
public final class ClusterType extends ContentType<Cluster, ClusterRecord> {

    public ClusterType() {
        super(Cluster.class, ClusterRecord.class, ClusterService.LIST, ClusterRecord::slug);
    }

    @Override
    public ClusterRecord export(Cluster c) {
        GrowthRecord growth = c.growthOutput == null && c.growthJobs == null && c.growthBasis == null
                ? null
                : new GrowthRecord(
                        c.growthOutput == null ? null : c.growthOutput.slug,
                        c.growthJobs == null ? null : c.growthJobs.slug,
                        c.growthBasis);
        return new ClusterRecord(
                c.slug,
                c.position,
                c.kind.wireName(),
                c.name,
                c.planDocumentName,
                c.inPlanDocument,
                c.nameStatus.wireName(),
                c.planDocumentNameStatus == null ? null : c.planDocumentNameStatus.wireName(),
                c.nameNote,
                c.summary,
                c.opportunity,
                growth,
                keys(c.places, p -> p.slug),
                List.copyOf(c.keyAssets),
                List.copyOf(c.leadershipBodies),
                List.copyOf(c.priorities),
                keys(c.facts, f -> f.slug),
                keys(c.sources, s -> s.slug));
    }

    @Override
    public void apply(ClusterRecord r, Cluster cluster, Resolver content) {
        String owner = "cluster " + r.slug();
        cluster.slug = r.slug();
        cluster.position = r.position();
        cluster.kind = ClusterKind.fromWireName(r.kind());
        cluster.name = r.name();
        cluster.planDocumentName = r.planDocumentName();
        cluster.inPlanDocument = Boolean.TRUE.equals(r.inPlanDocument());
        cluster.nameStatus = Certainty.fromWireName(r.nameStatus());
        cluster.planDocumentNameStatus =
                r.planDocumentNameStatus() == null ? null : Certainty.fromWireName(r.planDocumentNameStatus());
        cluster.nameNote = r.nameNote();
        cluster.summary = r.summary();
        cluster.opportunity = r.opportunity();
        GrowthRecord growth = r.growth();
        cluster.growthOutput = growth == null ? null : content.optional(owner, ItemType.FACT, growth.output());
        cluster.growthJobs = growth == null ? null : content.optional(owner, ItemType.FACT, growth.jobs());
        cluster.growthBasis = growth == null ? null : growth.basis();
        requirePlanFigure(owner, "growth.output", cluster.growthOutput);
        requirePlanFigure(owner, "growth.jobs", cluster.growthJobs);
        content.replace(cluster.places, content.many(owner, ItemType.PLACE, r.places()));
        content.replace(cluster.keyAssets, orEmpty(r.keyAssets()));
        content.replace(cluster.leadershipBodies, orEmpty(r.leadershipBodies()));
        content.replace(cluster.priorities, orEmpty(r.priorities()));
        content.replace(cluster.facts, content.many(owner, ItemType.FACT, r.facts()));
        content.replace(cluster.sources, content.many(owner, ItemType.SOURCE, r.sources()));
    }

    @Override
    protected void references(ClusterRecord r, References refs) {
        if (r.growth() != null) {
            refs.one("growth.output", ItemType.FACT, r.growth().output())
                    .one("growth.jobs", ItemType.FACT, r.growth().jobs());
        }
        refs.many("places", ItemType.PLACE, r.places())
                .many("facts", ItemType.FACT, r.facts())
                .many("sources", ItemType.SOURCE, r.sources());
    }

    /** Themes own the link to their clusters, so a removed cluster leaves their lists first. */
    @Override
    public void beforeRemove(Cluster cluster) {
        for (Theme theme : List.copyOf(cluster.themes)) {
            theme.clusters.remove(cluster);
        }
    }

    @Override
    public Optional<?> cardView(String key) {
        return bean(ClusterService.class).find(key, Set.of());
    }
}
