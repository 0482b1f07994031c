package uk.org.wmca.planforgrowth.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.org.wmca.planforgrowth.cluster.Cluster;
import uk.org.wmca.planforgrowth.cluster.ClusterKind;
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
import uk.org.wmca.planforgrowth.intervention.Intervention;
import uk.org.wmca.planforgrowth.place.Place;
import uk.org.wmca.planforgrowth.place.PlaceKind;
import uk.org.wmca.planforgrowth.plan.Plan;
import uk.org.wmca.planforgrowth.plan.Principle;
import uk.org.wmca.planforgrowth.plan.Signatory;
import uk.org.wmca.planforgrowth.source.Source;
import uk.org.wmca.planforgrowth.theme.Theme;

/**
 * Writes documents into the published content tables, one item at a time: creates the item or brings an existing
 * one in line with its document, resolving every reference against published items. Also removes items, and tells
 * which published items refer to one. The caller owns the transaction and the content version.
 */
@ApplicationScoped
public class ContentWriter {

    private final EntityManager entityManager;

    ContentWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The keys of every published item of the type, in key order (the plan: "plan" when it is published). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> publishedKeys(ItemType type) {
        if (type == ItemType.PLAN) {
            return find(type, ItemType.PLAN_KEY).isPresent() ? List.of(ItemType.PLAN_KEY) : List.of();
        }
        return entityManager
                .createQuery("select e.slug from " + entityName(type) + " e order by e.slug", String.class)
                .getResultList();
    }

    /** Every published item of the type, in the order they were first written (internal id order). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Object> all(ItemType type) {
        return entityManager
                .createQuery("from " + entityName(type) + " order by id", Object.class)
                .getResultList();
    }

    /** The published entity for a key, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Object> find(ItemType type, String key) {
        if (type == ItemType.PLAN) {
            return entityManager
                    .createQuery("from Plan order by id", Plan.class)
                    .setMaxResults(1)
                    .getResultStream()
                    .map(Object.class::cast)
                    .findFirst();
        }
        return entityManager
                .createQuery("from " + entityName(type) + " e where e.slug = :key", entityClass(type))
                .setParameter("key", key)
                .getResultStream()
                .map(Object.class::cast)
                .findFirst();
    }

    /** Creates or updates the published item the document describes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ItemType type, Object document) {
        String key = type.keyOf(document);
        Optional<Object> existing = find(type, key);
        switch (type) {
            case SOURCE -> source((SourceRecord) document, (Source) existing.orElse(null));
            case FACT -> fact((FactRecord) document, (Fact) existing.orElse(null));
            case PLACE -> place((PlaceRecord) document, (Place) existing.orElse(null));
            case INTERVENTION -> intervention((InterventionRecord) document, (Intervention) existing.orElse(null));
            case CLUSTER -> cluster((ClusterRecord) document, (Cluster) existing.orElse(null));
            case THEME -> theme((ThemeRecord) document, (Theme) existing.orElse(null));
            case PLAN -> plan((PlanRecord) document, (Plan) existing.orElse(null));
        }
    }

    /** Removes a published item and the links other items' lists hold to nothing else. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(ItemType type, String key) {
        find(type, key).ifPresent(entity -> {
            if (entity instanceof Cluster cluster) {
                for (Theme theme : List.copyOf(cluster.themes)) {
                    theme.clusters.remove(cluster);
                }
            }
            entityManager.remove(entity);
            entityManager.flush();
        });
    }

    /** The published items that refer to this one, as "cluster 'aerospace' (places)"; empty when none does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> referrers(ItemType type, String key) {
        List<String> found = new ArrayList<>();
        switch (type) {
            case SOURCE -> {
                collect(found, "fact", "select e.slug from Fact e where e.source.slug = :k", key, "source");
                collect(
                        found,
                        "fact",
                        "select distinct e.slug from Fact e join e.otherSources s where s.slug = :k",
                        key,
                        "otherSources");
                collect(found, "place", "select e.slug from Place e where e.source.slug = :k", key, "source");
                collect(
                        found,
                        "intervention",
                        "select distinct e.slug from Intervention e join e.sources s where s.slug = :k",
                        key,
                        "sources");
                collect(
                        found,
                        "cluster",
                        "select distinct e.slug from Cluster e join e.sources s where s.slug = :k",
                        key,
                        "sources");
                collect(
                        found,
                        "theme",
                        "select distinct e.slug from Theme e join e.sources s where s.slug = :k",
                        key,
                        "sources");
                collect(
                        found,
                        "plan",
                        "select 'plan' from Plan e where e.firstPublishedSource.slug = :k",
                        key,
                        "firstPublishedSource");
                collect(
                        found,
                        "plan",
                        "select distinct 'plan' from Plan e join e.sources s where s.slug = :k",
                        key,
                        "sources");
            }
            case FACT -> {
                collect(
                        found,
                        "cluster",
                        "select e.slug from Cluster e where e.growthOutput.slug = :k",
                        key,
                        "growth.output");
                collect(
                        found,
                        "cluster",
                        "select e.slug from Cluster e where e.growthJobs.slug = :k",
                        key,
                        "growth.jobs");
                collect(
                        found,
                        "cluster",
                        "select distinct e.slug from Cluster e join e.facts f where f.slug = :k",
                        key,
                        "facts");
                collect(
                        found,
                        "intervention",
                        "select distinct e.slug from Intervention e join e.facts f where f.slug = :k",
                        key,
                        "facts");
                collect(
                        found,
                        "theme",
                        "select distinct e.slug from Theme e join e.facts f where f.slug = :k",
                        key,
                        "facts");
                collect(
                        found,
                        "plan",
                        "select distinct 'plan' from Plan e join e.headlineFacts f where f.slug = :k",
                        key,
                        "headlineFacts");
            }
            case PLACE ->
                collect(
                        found,
                        "cluster",
                        "select distinct e.slug from Cluster e join e.places p where p.slug = :k",
                        key,
                        "places");
            case INTERVENTION ->
                collect(
                        found,
                        "theme",
                        "select distinct e.slug from Theme e join e.interventions i where i.slug = :k",
                        key,
                        "interventions");
            case CLUSTER ->
                collect(
                        found,
                        "theme",
                        "select distinct e.slug from Theme e join e.clusters c where c.slug = :k",
                        key,
                        "clusters");
            case THEME, PLAN -> {}
        }
        return found;
    }

    private void collect(List<String> found, String kind, String query, String key, String member) {
        for (String slug : entityManager
                .createQuery(query, String.class)
                .setParameter("k", key)
                .getResultList()) {
            found.add(kind.equals("plan") ? "the plan (" + member + ")" : kind + " '" + slug + "' (" + member + ")");
        }
    }

    private void source(SourceRecord r, Source existing) {
        Source source = existing == null ? new Source() : existing;
        source.slug = r.id();
        source.title = r.title();
        source.publisher = r.publisher();
        source.url = r.url();
        persistIfNew(source, existing);
    }

    private void fact(FactRecord r, Fact existing) {
        Fact fact = existing == null ? new Fact() : existing;
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
        fact.source = ref("fact " + r.id(), ItemType.SOURCE, r.source(), Source.class);
        replace(fact.otherSources, refs("fact " + r.id(), ItemType.SOURCE, r.otherSources(), Source.class));
        fact.note = r.note();
        if (!r.countsAsPlanFigure() && existing != null) {
            List<String> users = planFigureUsers(r.id());
            if (!users.isEmpty()) {
                throw new InvalidContentException("fact " + r.id() + " cannot be background only (planFigure false): "
                        + String.join(", ", users) + " use it as a Plan for Growth figure");
            }
        }
        fact.planFigure = r.countsAsPlanFigure();
        if (fact.status == Certainty.UNCONFIRMED && (r.value() != null || r.min() != null || r.max() != null)) {
            throw new InvalidContentException("fact " + r.id() + " is unconfirmed but has a value; it must be null");
        }
        if (fact.status != Certainty.UNCONFIRMED && r.value() == null && (r.min() == null || r.max() == null)) {
            throw new InvalidContentException("fact " + r.id() + " has neither a value nor a min and max");
        }
        persistIfNew(fact, existing);
    }

    private void place(PlaceRecord r, Place existing) {
        Place place = existing == null ? new Place() : existing;
        place.slug = r.slug();
        place.name = r.name();
        place.gssCode = r.gssCode();
        place.kind = PlaceKind.fromWireName(r.kind());
        place.nameInPlan = r.nameInPlan();
        place.status = Certainty.fromWireName(r.status());
        place.note = r.note();
        place.source = r.source() == null ? null : ref("place " + r.slug(), ItemType.SOURCE, r.source(), Source.class);
        persistIfNew(place, existing);
    }

    private void intervention(InterventionRecord r, Intervention existing) {
        String owner = "intervention " + r.slug();
        Intervention intervention = existing == null ? new Intervention() : existing;
        intervention.slug = r.slug();
        intervention.code = r.code();
        intervention.position = r.position();
        intervention.name = r.name();
        intervention.summary = r.summary();
        intervention.detail = r.detail();
        replace(intervention.facts, refs(owner, ItemType.FACT, r.facts(), Fact.class));
        replace(intervention.sources, refs(owner, ItemType.SOURCE, r.sources(), Source.class));
        persistIfNew(intervention, existing);
    }

    private void theme(ThemeRecord r, Theme existing) {
        String owner = "theme " + r.slug();
        Theme theme = existing == null ? new Theme() : existing;
        theme.slug = r.slug();
        theme.position = r.position();
        theme.name = r.name();
        theme.formerName = r.formerName();
        theme.summary = r.summary();
        theme.detail = r.detail();
        replace(theme.interventions, refs(owner, ItemType.INTERVENTION, r.interventions(), Intervention.class));
        replace(theme.clusters, refs(owner, ItemType.CLUSTER, r.clusters(), Cluster.class));
        replace(theme.facts, refs(owner, ItemType.FACT, r.facts(), Fact.class));
        replace(theme.sources, refs(owner, ItemType.SOURCE, r.sources(), Source.class));
        persistIfNew(theme, existing);
    }

    private void cluster(ClusterRecord r, Cluster existing) {
        String owner = "cluster " + r.slug();
        Cluster cluster = existing == null ? new Cluster() : existing;
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
        ContentDocument.GrowthRecord growth = r.growth();
        cluster.growthOutput = growth == null || growth.output() == null
                ? null
                : ref(owner, ItemType.FACT, growth.output(), Fact.class);
        cluster.growthJobs =
                growth == null || growth.jobs() == null ? null : ref(owner, ItemType.FACT, growth.jobs(), Fact.class);
        cluster.growthBasis = growth == null ? null : growth.basis();
        requirePlanFigure(owner, "growth.output", cluster.growthOutput);
        requirePlanFigure(owner, "growth.jobs", cluster.growthJobs);
        replace(cluster.places, refs(owner, ItemType.PLACE, r.places(), Place.class));
        replace(cluster.keyAssets, orEmpty(r.keyAssets()));
        replace(cluster.leadershipBodies, orEmpty(r.leadershipBodies()));
        replace(cluster.priorities, orEmpty(r.priorities()));
        replace(cluster.facts, refs(owner, ItemType.FACT, r.facts(), Fact.class));
        replace(cluster.sources, refs(owner, ItemType.SOURCE, r.sources(), Source.class));
        persistIfNew(cluster, existing);
    }

    private void plan(PlanRecord r, Plan existing) {
        if (r == null) {
            throw new InvalidContentException("the plan is missing");
        }
        Plan plan = existing == null ? new Plan() : existing;
        plan.title = r.title();
        plan.summary = r.summary();
        plan.aim = r.aim();
        plan.approach = r.approach();
        plan.governance = r.governance();
        plan.deliveryPartners = r.deliveryPartners();
        plan.publisher = r.publisher();
        plan.firstPublished = r.firstPublished();
        plan.firstPublishedSource = ref("plan", ItemType.SOURCE, r.firstPublishedSource(), Source.class);
        plan.firstPublishedNote = r.firstPublishedNote();
        replace(
                plan.forewordSignatories,
                orEmpty(r.forewordSignatories()).stream()
                        .map(s -> new Signatory(s.name(), s.role()))
                        .toList());
        List<PrincipleRecord> wanted = orEmpty(r.principles());
        // Principles are kept by position, so that an update never collides with the (plan, position) key.
        plan.principles.removeIf(p -> wanted.stream().noneMatch(w -> w.position() == p.position));
        if (existing != null) {
            entityManager.flush();
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
        replace(plan.headlineFacts, refs("plan", ItemType.FACT, r.headlineFacts(), Fact.class));
        plan.headlineFacts.forEach(fact -> requirePlanFigure("plan", "headlineFacts", fact));
        replace(plan.sources, refs("plan", ItemType.SOURCE, r.sources(), Source.class));
        persistIfNew(plan, existing);
    }

    /** Background figures never stand for the plan's own: refused in a cluster's growth and the headline facts. */
    private static void requirePlanFigure(String owner, String member, Fact fact) {
        if (fact != null && !fact.planFigure) {
            throw new InvalidContentException(owner + " " + member + " refers to fact '" + fact.slug
                    + "', which is background only (planFigure false), not a Plan for Growth figure");
        }
    }

    /** The published items that use a fact as a Plan for Growth figure (a cluster's growth, the headline facts). */
    private List<String> planFigureUsers(String factKey) {
        List<String> found = new ArrayList<>();
        collect(
                found,
                "cluster",
                "select e.slug from Cluster e where e.growthOutput.slug = :k",
                factKey,
                "growth.output");
        collect(found, "cluster", "select e.slug from Cluster e where e.growthJobs.slug = :k", factKey, "growth.jobs");
        collect(
                found,
                "plan",
                "select distinct 'plan' from Plan e join e.headlineFacts f where f.slug = :k",
                factKey,
                "headlineFacts");
        return found;
    }

    private void persistIfNew(Object entity, Object existing) {
        if (existing == null) {
            entityManager.persist(entity);
        }
        entityManager.flush();
    }

    /**
     * Makes a list hold exactly the wanted items. A changed list is emptied and flushed first, so that rows keyed by
     * (owner, position) or (owner, target) are never rewritten into a momentary duplicate.
     */
    private <E> void replace(List<E> list, List<E> wanted) {
        if (list.equals(wanted)) {
            return;
        }
        if (!list.isEmpty()) {
            list.clear();
            entityManager.flush();
        }
        list.addAll(wanted);
    }

    private <E> E ref(String owner, ItemType type, String key, Class<E> entityClass) {
        return find(type, key)
                .filter(entityClass::isInstance)
                .map(entityClass::cast)
                .orElseThrow(() -> new InvalidContentException(
                        owner + " refers to unknown " + type.wireName() + " '" + key + "'"));
    }

    private <E> List<E> refs(String owner, ItemType type, List<String> keys, Class<E> entityClass) {
        return orEmpty(keys).stream()
                .filter(Objects::nonNull)
                .map(key -> ref(owner, type, key, entityClass))
                .toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Class<?> entityClass(ItemType type) {
        return switch (type) {
            case SOURCE -> Source.class;
            case FACT -> Fact.class;
            case PLACE -> Place.class;
            case INTERVENTION -> Intervention.class;
            case CLUSTER -> Cluster.class;
            case THEME -> Theme.class;
            case PLAN -> Plan.class;
        };
    }

    private static String entityName(ItemType type) {
        return entityClass(type).getSimpleName();
    }
}
