package uk.org.wmca.planforgrowth.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.org.wmca.planforgrowth.cluster.Cluster;
import uk.org.wmca.planforgrowth.cluster.ClusterKind;
import uk.org.wmca.planforgrowth.cluster.ClusterRepository;
import uk.org.wmca.planforgrowth.content.ContentDocument.ClusterRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.FactRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.InterventionRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.PlaceRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.PlanRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.PrincipleRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.SourceRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.ThemeRecord;
import uk.org.wmca.planforgrowth.fact.Certainty;
import uk.org.wmca.planforgrowth.fact.Fact;
import uk.org.wmca.planforgrowth.fact.FactRepository;
import uk.org.wmca.planforgrowth.intervention.Intervention;
import uk.org.wmca.planforgrowth.intervention.InterventionRepository;
import uk.org.wmca.planforgrowth.place.Place;
import uk.org.wmca.planforgrowth.place.PlaceKind;
import uk.org.wmca.planforgrowth.place.PlaceRepository;
import uk.org.wmca.planforgrowth.plan.Plan;
import uk.org.wmca.planforgrowth.plan.PlanRepository;
import uk.org.wmca.planforgrowth.plan.Principle;
import uk.org.wmca.planforgrowth.source.Source;
import uk.org.wmca.planforgrowth.source.SourceRepository;
import uk.org.wmca.planforgrowth.theme.Theme;
import uk.org.wmca.planforgrowth.theme.ThemeRepository;

/**
 * Writes a {@link ContentDocument} into an empty database, resolving every reference by public id. A dangling
 * reference or an invalid value aborts the whole import: nothing half-imported is ever committed.
 */
@ApplicationScoped
public class ContentImporter {

    private final SourceRepository sources;
    private final FactRepository facts;
    private final PlaceRepository places;
    private final InterventionRepository interventions;
    private final ThemeRepository themes;
    private final ClusterRepository clusters;
    private final PlanRepository plans;

    ContentImporter(
            SourceRepository sources,
            FactRepository facts,
            PlaceRepository places,
            InterventionRepository interventions,
            ThemeRepository themes,
            ClusterRepository clusters,
            PlanRepository plans) {
        this.sources = sources;
        this.facts = facts;
        this.places = places;
        this.interventions = interventions;
        this.themes = themes;
        this.clusters = clusters;
        this.plans = plans;
    }

    /** True when the database holds no content at all. */
    @Transactional
    public boolean isEmpty() {
        return plans.count() == 0 && sources.count() == 0 && clusters.count() == 0;
    }

    @Transactional
    public void importInto(ContentDocument document) {
        Map<String, Source> sourceById = index("source", document.sources(), SourceRecord::id, this::source);
        Map<String, Fact> factById = index("fact", document.facts(), FactRecord::id, r -> fact(r, sourceById));
        Map<String, Place> placeBySlug =
                index("place", document.places(), PlaceRecord::slug, r -> place(r, sourceById));
        Map<String, Intervention> interventionBySlug = index(
                "intervention",
                document.interventions(),
                InterventionRecord::slug,
                r -> intervention(r, factById, sourceById));
        Map<String, Cluster> clusterBySlug = index(
                "cluster",
                document.clusters(),
                ClusterRecord::slug,
                r -> cluster(r, placeBySlug, factById, sourceById));
        index(
                "theme",
                document.themes(),
                ThemeRecord::slug,
                r -> theme(r, interventionBySlug, clusterBySlug, factById, sourceById));
        plan(document.plan(), factById, sourceById);
    }

    private Source source(SourceRecord r) {
        Source source = new Source();
        source.slug = r.id();
        source.title = r.title();
        source.publisher = r.publisher();
        source.url = r.url();
        sources.persist(source);
        return source;
    }

    private Fact fact(FactRecord r, Map<String, Source> sourceById) {
        Fact fact = new Fact();
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
        fact.source = ref("fact " + r.id(), "source", r.source(), sourceById);
        fact.note = r.note();
        if (fact.status == Certainty.UNCONFIRMED && (r.value() != null || r.min() != null || r.max() != null)) {
            throw new InvalidContentException("fact " + r.id() + " is unconfirmed but has a value; it must be null");
        }
        if (fact.status != Certainty.UNCONFIRMED && r.value() == null && (r.min() == null || r.max() == null)) {
            throw new InvalidContentException("fact " + r.id() + " has neither a value nor a min and max");
        }
        facts.persist(fact);
        return fact;
    }

    private Place place(PlaceRecord r, Map<String, Source> sourceById) {
        Place place = new Place();
        place.slug = r.slug();
        place.name = r.name();
        place.gssCode = r.gssCode();
        place.kind = PlaceKind.fromWireName(r.kind());
        place.nameInPlan = r.nameInPlan();
        place.status = Certainty.fromWireName(r.status());
        place.note = r.note();
        place.source = ref("place " + r.slug(), "source", r.source(), sourceById);
        places.persist(place);
        return place;
    }

    private Intervention intervention(
            InterventionRecord r, Map<String, Fact> factById, Map<String, Source> sourceById) {
        Intervention intervention = new Intervention();
        intervention.slug = r.slug();
        intervention.code = r.code();
        intervention.position = r.position();
        intervention.name = r.name();
        intervention.summary = r.summary();
        intervention.detail = r.detail();
        intervention.facts.addAll(refs("intervention " + r.slug(), "fact", r.facts(), factById));
        intervention.sources.addAll(refs("intervention " + r.slug(), "source", r.sources(), sourceById));
        interventions.persist(intervention);
        return intervention;
    }

    private Theme theme(
            ThemeRecord r,
            Map<String, Intervention> interventionBySlug,
            Map<String, Cluster> clusterBySlug,
            Map<String, Fact> factById,
            Map<String, Source> sourceById) {
        Theme theme = new Theme();
        theme.slug = r.slug();
        theme.position = r.position();
        theme.name = r.name();
        theme.formerName = r.formerName();
        theme.summary = r.summary();
        theme.detail = r.detail();
        theme.interventions.addAll(refs("theme " + r.slug(), "intervention", r.interventions(), interventionBySlug));
        theme.clusters.addAll(refs("theme " + r.slug(), "cluster", r.clusters(), clusterBySlug));
        theme.facts.addAll(refs("theme " + r.slug(), "fact", r.facts(), factById));
        theme.sources.addAll(refs("theme " + r.slug(), "source", r.sources(), sourceById));
        themes.persist(theme);
        return theme;
    }

    private Cluster cluster(
            ClusterRecord r,
            Map<String, Place> placeBySlug,
            Map<String, Fact> factById,
            Map<String, Source> sourceById) {
        String owner = "cluster " + r.slug();
        Cluster cluster = new Cluster();
        cluster.slug = r.slug();
        cluster.position = r.position();
        cluster.kind = ClusterKind.fromWireName(r.kind());
        cluster.name = r.name();
        cluster.planDocumentName = r.planDocumentName();
        cluster.inPlanDocument = r.inPlanDocument();
        cluster.nameStatus = Certainty.fromWireName(r.nameStatus());
        cluster.nameNote = r.nameNote();
        cluster.summary = r.summary();
        cluster.opportunity = r.opportunity();
        if (r.growth() != null) {
            cluster.growthOutput = r.growth().output() == null
                    ? null
                    : ref(owner, "fact", r.growth().output(), factById);
            cluster.growthJobs = r.growth().jobs() == null
                    ? null
                    : ref(owner, "fact", r.growth().jobs(), factById);
            cluster.growthBasis = r.growth().basis();
        }
        cluster.places.addAll(refs(owner, "place", r.places(), placeBySlug));
        cluster.keyAssets.addAll(orEmpty(r.keyAssets()));
        cluster.leadershipBodies.addAll(orEmpty(r.leadershipBodies()));
        cluster.priorities.addAll(orEmpty(r.priorities()));
        cluster.facts.addAll(refs(owner, "fact", r.facts(), factById));
        cluster.sources.addAll(refs(owner, "source", r.sources(), sourceById));
        clusters.persist(cluster);
        return cluster;
    }

    private void plan(PlanRecord r, Map<String, Fact> factById, Map<String, Source> sourceById) {
        if (r == null) {
            throw new InvalidContentException("the plan is missing");
        }
        Plan plan = new Plan();
        plan.title = r.title();
        plan.summary = r.summary();
        plan.aim = r.aim();
        plan.approach = r.approach();
        plan.governance = r.governance();
        plan.deliveryPartners = r.deliveryPartners();
        plan.publisher = r.publisher();
        plan.firstPublished = r.firstPublished();
        plan.firstPublishedSource = ref("plan", "source", r.firstPublishedSource(), sourceById);
        plan.firstPublishedNote = r.firstPublishedNote();
        for (PrincipleRecord p : orEmpty(r.principles())) {
            Principle principle = new Principle();
            principle.plan = plan;
            principle.position = p.position();
            principle.name = p.name();
            principle.summary = p.summary();
            plan.principles.add(principle);
        }
        plan.headlineFacts.addAll(refs("plan", "fact", r.headlineFacts(), factById));
        plan.sources.addAll(refs("plan", "source", r.sources(), sourceById));
        plans.persist(plan);
    }

    private static <R, E> Map<String, E> index(
            String kind, List<R> records, Function<R, String> key, Function<R, E> create) {
        Map<String, E> byKey = new HashMap<>();
        for (R record : orEmpty(records)) {
            String id = key.apply(record);
            if (byKey.containsKey(id)) {
                throw new InvalidContentException(kind + " " + id + " appears twice");
            }
            byKey.put(id, create.apply(record));
        }
        return byKey;
    }

    private static <E> E ref(String owner, String kind, String id, Map<String, E> byId) {
        E target = byId.get(id);
        if (target == null) {
            throw new InvalidContentException(owner + " refers to unknown " + kind + " '" + id + "'");
        }
        return target;
    }

    private static <E> List<E> refs(String owner, String kind, List<String> ids, Map<String, E> byId) {
        return orEmpty(ids).stream().map(id -> ref(owner, kind, id, byId)).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
