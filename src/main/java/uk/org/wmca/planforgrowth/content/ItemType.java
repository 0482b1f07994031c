package uk.org.wmca.planforgrowth.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.org.wmca.planforgrowth.content.ContentDocument.ClusterRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.FactRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.InterventionRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.PlaceRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.PlanRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.SourceRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.ThemeRecord;

/**
 * The kinds of content an editor can write, each with its document format (the records of {@link ContentDocument}),
 * its API path, its key and the references its documents make. Declared in dependency order: an item only refers to
 * items of kinds declared before it, so applying documents in this order always resolves.
 */
public enum ItemType {
    SOURCE("source", "sources", SourceRecord.class, r -> ((SourceRecord) r).id()),
    FACT("fact", "facts", FactRecord.class, r -> ((FactRecord) r).id()),
    PLACE("place", "places", PlaceRecord.class, r -> ((PlaceRecord) r).slug()),
    INTERVENTION("intervention", "interventions", InterventionRecord.class, r -> ((InterventionRecord) r).slug()),
    CLUSTER("cluster", "clusters", ClusterRecord.class, r -> ((ClusterRecord) r).slug()),
    THEME("theme", "themes", ThemeRecord.class, r -> ((ThemeRecord) r).slug()),
    PLAN("plan", "plan", PlanRecord.class, r -> "plan");

    /** The key of the one plan. */
    public static final String PLAN_KEY = "plan";

    /** One reference from a document to another item: the document member that holds it and what it names. */
    public record Reference(String field, ItemType target, String key) {}

    private final String wireName;
    private final String collection;
    private final Class<?> recordType;
    private final Function<Object, String> key;

    ItemType(String wireName, String collection, Class<?> recordType, Function<Object, String> key) {
        this.wireName = wireName;
        this.collection = collection;
        this.recordType = recordType;
        this.key = key;
    }

    public String wireName() {
        return wireName;
    }

    public Class<?> recordType() {
        return recordType;
    }

    /** The collection path, e.g. {@code /api/v1/clusters}; for the plan, its own path. */
    public String collectionPath() {
        return "/api/v1/" + collection;
    }

    /** The public path of one item, e.g. {@code /api/v1/clusters/aerospace}. */
    public String itemPath(String itemKey) {
        return this == PLAN ? collectionPath() : collectionPath() + "/" + itemKey;
    }

    /** The key (slug or public id) a document gives its item. */
    public String keyOf(Object document) {
        return key.apply(document);
    }

    /** Whether items of this kind are created and deleted, rather than always there (the plan). */
    public boolean isCollection() {
        return this != PLAN;
    }

    public static Optional<ItemType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    /** Every reference the document makes, in document order; null members make none. */
    public List<Reference> references(Object document) {
        List<Reference> refs = new ArrayList<>();
        switch (this) {
            case SOURCE -> {}
            case FACT -> {
                FactRecord r = (FactRecord) document;
                one(refs, "source", SOURCE, r.source());
                many(refs, "otherSources", SOURCE, r.otherSources());
            }
            case PLACE -> one(refs, "source", SOURCE, ((PlaceRecord) document).source());
            case INTERVENTION -> {
                InterventionRecord r = (InterventionRecord) document;
                many(refs, "facts", FACT, r.facts());
                many(refs, "sources", SOURCE, r.sources());
            }
            case CLUSTER -> {
                ClusterRecord r = (ClusterRecord) document;
                if (r.growth() != null) {
                    one(refs, "growth.output", FACT, r.growth().output());
                    one(refs, "growth.jobs", FACT, r.growth().jobs());
                }
                many(refs, "places", PLACE, r.places());
                many(refs, "facts", FACT, r.facts());
                many(refs, "sources", SOURCE, r.sources());
            }
            case THEME -> {
                ThemeRecord r = (ThemeRecord) document;
                many(refs, "interventions", INTERVENTION, r.interventions());
                many(refs, "clusters", CLUSTER, r.clusters());
                many(refs, "facts", FACT, r.facts());
                many(refs, "sources", SOURCE, r.sources());
            }
            case PLAN -> {
                PlanRecord r = (PlanRecord) document;
                one(refs, "firstPublishedSource", SOURCE, r.firstPublishedSource());
                many(refs, "headlineFacts", FACT, r.headlineFacts());
                many(refs, "sources", SOURCE, r.sources());
            }
        }
        return refs;
    }

    private static void one(List<Reference> refs, String field, ItemType target, String key) {
        if (key != null) {
            refs.add(new Reference(field, target, key));
        }
    }

    private static void many(List<Reference> refs, String field, ItemType target, List<String> keys) {
        if (keys != null) {
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i) != null) {
                    refs.add(new Reference(field + "[" + i + "]", target, keys.get(i)));
                }
            }
        }
    }

    /**
     * How the write operations' paths name one item of this kind: the path parameter, the document member that holds
     * the key, how the parameter is described and an example. The plan has one item and no key in its paths.
     */
    public record PathKey(String parameter, String member, String description, String example) {}

    public Optional<PathKey> pathKey() {
        return Optional.ofNullable(
                switch (this) {
                    case SOURCE -> new PathKey("id", "id", "Id of the source.", "wmca-primary-clusters");
                    case FACT -> new PathKey("id", "id", "Id of the fact.", "primary-clusters-gva-uplift");
                    case PLACE ->
                        new PathKey(
                                "slugOrGssCode",
                                "slug",
                                "Slug of the place (writes take the slug, not the GSS code).",
                                "birmingham");
                    case INTERVENTION -> new PathKey("slug", "slug", "Slug of the intervention.", "early-growth-fund");
                    case CLUSTER -> new PathKey("slug", "slug", "Slug of the cluster.", "electric-light-vehicles");
                    case THEME -> new PathKey("slug", "slug", "Slug of the theme.", "skills-for-the-future");
                    case PLAN -> null;
                });
    }
}
