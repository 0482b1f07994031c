package uk.org.wmca.planforgrowth.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.org.wmca.planforgrowth.cluster.ClusterType;
import uk.org.wmca.planforgrowth.common.Format;
import uk.org.wmca.planforgrowth.fact.FactType;
import uk.org.wmca.planforgrowth.intervention.InterventionType;
import uk.org.wmca.planforgrowth.place.PlaceType;
import uk.org.wmca.planforgrowth.plan.PlanType;
import uk.org.wmca.planforgrowth.source.SourceType;
import uk.org.wmca.planforgrowth.theme.ThemeType;

/**
 * The registry of content types: the one place that lists them, each with its wire name, its collection (the API
 * path and the content file) and its {@link ContentType descriptor}. Declared in dependency order: an item only
 * refers to items of kinds declared before it, so applying documents in this order always resolves. Search ranks
 * lists in the reverse order, the broader types first.
 *
 * <p>A new type is its package (entity, views, read service with its list, descriptor), a constant here, its
 * document record and member in {@link ContentDocument} (the file format), its content file and its table.
 */
public enum ItemType {
    SOURCE("source", "sources", new SourceType()),
    FACT("fact", "facts", new FactType()),
    PLACE("place", "places", new PlaceType()),
    INTERVENTION("intervention", "interventions", new InterventionType()),
    CLUSTER("cluster", "clusters", new ClusterType()),
    THEME("theme", "themes", new ThemeType()),
    PLAN("plan", "plan", new PlanType());

    /** The key of the one plan. */
    public static final String PLAN_KEY = "plan";

    /** One reference from a document to another item: the document member that holds it and what it names. */
    public record Reference(String field, ItemType target, String key) {

        /** The member without its list position: {@code places} for {@code places[2]}. */
        public String member() {
            int bracket = field.indexOf('[');
            return bracket < 0 ? field : field.substring(0, bracket);
        }
    }

    private final String wireName;
    private final String collection;
    private final ContentType<?, ?> descriptor;

    ItemType(String wireName, String collection, ContentType<?, ?> descriptor) {
        this.wireName = wireName;
        this.collection = collection;
        this.descriptor = descriptor;
    }

    public String wireName() {
        return wireName;
    }

    /** The collection's name, as in its path and its content file: {@code clusters}; the plan's is {@code plan}. */
    public String collection() {
        return collection;
    }

    public ContentType<?, ?> descriptor() {
        return descriptor;
    }

    /** The descriptor with its entity and record types left open, for generic code that passes objects through. */
    @SuppressWarnings("unchecked")
    public ContentType<Object, Object> untyped() {
        return (ContentType<Object, Object>) descriptor;
    }

    public Class<?> recordType() {
        return descriptor.recordClass();
    }

    /** The collection path, e.g. {@code /api/v1/clusters}; for the plan, its own path. */
    public String collectionPath() {
        return "/api/v1/" + collection;
    }

    /** The public path of one item, e.g. {@code /api/v1/clusters/aerospace}. */
    public String itemPath(String itemKey) {
        return isCollection() ? collectionPath() + "/" + itemKey : collectionPath();
    }

    /** The key (slug or public id) a document gives its item. */
    public String keyOf(Object document) {
        return untyped().key(document);
    }

    /** Whether items of this kind are created and deleted, rather than always there (the plan). */
    public boolean isCollection() {
        return descriptor.list().isPresent();
    }

    /** Whether items of this kind have embed cards ({@code /embed/<collection>/<key>}), as their list says. */
    public boolean hasCards() {
        return descriptor
                .list()
                .filter(list -> list.itemFormats().contains(Format.HTML))
                .isPresent();
    }

    public static Optional<ItemType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    public static Optional<ItemType> fromCollection(String name) {
        return Arrays.stream(values()).filter(t -> t.collection.equals(name)).findFirst();
    }

    /** Every reference the document makes, in document order; null members make none. */
    public List<Reference> references(Object document) {
        return descriptor.referencesOf(document);
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
