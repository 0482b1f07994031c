package uk.org.wmca.planforgrowth.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import uk.org.wmca.planforgrowth.cluster.Cluster;
import uk.org.wmca.planforgrowth.content.ContentDocument.ClusterRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.FactRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.GrowthRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.InterventionRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.PlaceRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.PlanRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.PrincipleRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.SignatoryRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.SourceRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.ThemeRecord;
import uk.org.wmca.planforgrowth.fact.Fact;
import uk.org.wmca.planforgrowth.intervention.Intervention;
import uk.org.wmca.planforgrowth.place.Place;
import uk.org.wmca.planforgrowth.plan.Plan;
import uk.org.wmca.planforgrowth.source.Source;
import uk.org.wmca.planforgrowth.theme.Theme;

/**
 * Reads published items back into their document format, the inverse of {@link ContentWriter}: what an editor
 * starts from, what a revision records, and what an export holds.
 */
@ApplicationScoped
public class ContentExporter {

    private final ContentWriter writer;

    ContentExporter(ContentWriter writer) {
        this.writer = writer;
    }

    /** The published item's document, if the item is published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Object> document(ItemType type, String key) {
        return writer.find(type, key).map(ContentExporter::document);
    }

    /** The whole published content as one document in the content-file format, items in the order they were written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ContentDocument exportAll() {
        return new ContentDocument(
                (PlanRecord) writer.all(ItemType.PLAN).stream()
                        .findFirst()
                        .map(ContentExporter::document)
                        .orElse(null),
                documents(ItemType.SOURCE, SourceRecord.class),
                documents(ItemType.FACT, FactRecord.class),
                documents(ItemType.PLACE, PlaceRecord.class),
                documents(ItemType.INTERVENTION, InterventionRecord.class),
                documents(ItemType.THEME, ThemeRecord.class),
                documents(ItemType.CLUSTER, ClusterRecord.class));
    }

    private <R> List<R> documents(ItemType type, Class<R> recordType) {
        return writer.all(type).stream()
                .map(ContentExporter::document)
                .map(recordType::cast)
                .toList();
    }

    static Object document(Object entity) {
        if (entity instanceof Source s) {
            return new SourceRecord(s.slug, s.title, s.publisher, s.url);
        }
        if (entity instanceof Fact f) {
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
                    sourceKeys(f.otherSources),
                    f.note,
                    f.planFigure);
        }
        if (entity instanceof Place p) {
            return new PlaceRecord(
                    p.slug,
                    p.name,
                    p.gssCode,
                    p.kind.wireName(),
                    p.nameInPlan,
                    p.status.wireName(),
                    p.note,
                    p.source == null ? null : p.source.slug);
        }
        if (entity instanceof Intervention i) {
            return new InterventionRecord(
                    i.slug, i.code, i.position, i.name, i.summary, i.detail, factKeys(i.facts), sourceKeys(i.sources));
        }
        if (entity instanceof Theme t) {
            return new ThemeRecord(
                    t.slug,
                    t.position,
                    t.name,
                    t.formerName,
                    t.summary,
                    t.detail,
                    t.interventions.stream().map(i -> i.slug).toList(),
                    t.clusters.stream().map(c -> c.slug).toList(),
                    factKeys(t.facts),
                    sourceKeys(t.sources));
        }
        if (entity instanceof Cluster c) {
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
                    c.places.stream().map(p -> p.slug).toList(),
                    List.copyOf(c.keyAssets),
                    List.copyOf(c.leadershipBodies),
                    List.copyOf(c.priorities),
                    factKeys(c.facts),
                    sourceKeys(c.sources));
        }
        if (entity instanceof Plan p) {
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
                    factKeys(p.headlineFacts),
                    sourceKeys(p.sources));
        }
        throw new IllegalArgumentException(
                "Not a content entity: " + entity.getClass().getSimpleName());
    }

    /** A number as written, without the database's trailing zeros (11200, not 11200.0000). */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static List<String> factKeys(List<Fact> facts) {
        return facts.stream().map(f -> f.slug).toList();
    }

    private static List<String> sourceKeys(List<Source> sources) {
        return sources.stream().map(s -> s.slug).toList();
    }
}
