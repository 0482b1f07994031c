package uk.org.wmca.planforgrowth.content;

import io.quarkus.arc.Arc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import uk.org.wmca.planforgrowth.content.ItemType.Reference;
import uk.org.wmca.planforgrowth.query.ListDefinition;

/**
 * Everything type-specific about one kind of content, so that the generic code (writing, export, import, referrer
 * checks, lists, cards, pre-rendering) never names a type: its entity and document classes, the document's key, the
 * mapping each way between document and entity, the references a document makes, its list and its embed card. One
 * subclass per type, next to its entity; {@link ItemType} lists them.
 *
 * @param <E> the published entity
 * @param <R> the document (write and export) record
 */
public abstract class ContentType<E, R> {

    private final Class<E> entityClass;
    private final Class<R> recordClass;
    private final ListDefinition<E> list;
    private final Function<R, String> key;

    protected ContentType(Class<E> entityClass, Class<R> recordClass, ListDefinition<E> list, Function<R, String> key) {
        this.entityClass = entityClass;
        this.recordClass = recordClass;
        this.list = list;
        this.key = key;
    }

    public Class<E> entityClass() {
        return entityClass;
    }

    public Class<R> recordClass() {
        return recordClass;
    }

    /** The public list of this type; empty for the plan, which is one item. */
    public Optional<ListDefinition<E>> list() {
        return Optional.ofNullable(list);
    }

    /** The key (slug or public id) a document gives its item. */
    public String key(R document) {
        return key.apply(document);
    }

    /** The published entity's document: what an editor starts from, a revision records and an export holds. */
    public abstract R export(E entity);

    /**
     * Brings an entity (new, or the published one) in line with its document, resolving references through
     * {@code content}; refuses a document that breaks a rule of the type with {@link InvalidContentException}.
     */
    public abstract void apply(R document, E entity, Resolver content);

    /** Adds every reference the document makes, in document order. */
    protected void references(R document, References refs) {}

    /** The document members besides the key that no two items of the type may share (a place's GSS code). */
    public List<String> uniqueMembers() {
        return List.of();
    }

    /** The values of the {@link #uniqueMembers} in a document, by member (a value may be null). */
    public Map<String, Object> uniqueValues(R document) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String member : uniqueMembers()) {
            try {
                values.put(member, recordClass.getMethod(member).invoke(document));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(member + " is not a member of " + recordClass.getSimpleName(), e);
            }
        }
        return values;
    }

    /** Runs before the published entity is removed (to drop links the entity does not own). */
    public void beforeRemove(E entity) {}

    /** The published detail view of an item, for its embed card; empty when absent or the type has no cards. */
    public Optional<?> cardView(String key) {
        return Optional.empty();
    }

    /** What {@link #cardView} looks an item up by, for the 404 that names it. */
    public String cardKeyName() {
        return "slug";
    }

    /** A bean (a read service) for a descriptor, which is not itself a bean. */
    protected static <T> T bean(Class<T> type) {
        return Arc.container().instance(type).get();
    }

    /** The keys of entities, for a document's list of references. */
    protected static <T> List<String> keys(List<T> entities, Function<T, String> key) {
        return entities.stream().map(key).toList();
    }

    protected static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    List<Reference> referencesOf(Object document) {
        References refs = new References();
        references(recordClass.cast(document), refs);
        return refs.list;
    }

    /** What {@link #apply} may ask of the content being written: references resolved against published items. */
    public interface Resolver {
        /** The published item a key names; a missing or unknown key is refused, naming the owner. */
        <T> T one(String owner, ItemType type, String key);

        /** As {@link #one}, but a null key is no reference. */
        default <T> T optional(String owner, ItemType type, String key) {
            return key == null ? null : one(owner, type, key);
        }

        /** Every published item the keys name, in order; null keys are skipped. */
        <T> List<T> many(String owner, ItemType type, List<String> keys);

        /** Makes an entity's list hold exactly the wanted elements, without a momentary duplicate row. */
        <T> void replace(List<T> list, List<T> wanted);

        /** Writes pending changes now (when the order of rows matters). */
        void flush();

        /** The published items referring to one, as "cluster 'x' (member)". */
        List<String> referrers(ItemType type, String key);
    }

    /** The references a document makes, built in document order; null keys make none. */
    public static final class References {
        private final List<Reference> list = new ArrayList<>();

        public References one(String field, ItemType target, String key) {
            if (key != null) {
                list.add(new Reference(field, target, key));
            }
            return this;
        }

        public References many(String field, ItemType target, List<String> keys) {
            if (keys != null) {
                for (int i = 0; i < keys.size(); i++) {
                    one(field + "[" + i + "]", target, keys.get(i));
                }
            }
            return this;
        }
    }
}
