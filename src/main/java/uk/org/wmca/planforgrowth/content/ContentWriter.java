package uk.org.wmca.planforgrowth.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.org.wmca.planforgrowth.content.ItemType.Reference;

/**
 * Writes documents into the published content tables, one item at a time: creates the item or brings an existing
 * one in line with its document (through the type's {@link ContentType descriptor}), resolving every reference
 * against published items. Also removes items, and tells which published items refer to one. The caller owns the
 * transaction and the content version.
 */
@ApplicationScoped
public class ContentWriter implements ContentType.Resolver {

    private final EntityManager entityManager;

    ContentWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The keys of every published item of the type, in key order (the plan: "plan" when it is published). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> publishedKeys(ItemType type) {
        if (!type.isCollection()) {
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

    /** The published entity for a key, if any (the plan: the one plan, whatever the key). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Object> find(ItemType type, String key) {
        if (!type.isCollection()) {
            return all(type).stream().findFirst();
        }
        return entityManager
                .createQuery("from " + entityName(type) + " e where e.slug = :key", Object.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** Creates or updates the published item the document describes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ItemType type, Object document) {
        if (document == null) {
            throw new InvalidContentException("the " + type.wireName() + " is missing");
        }
        ContentType<Object, Object> descriptor = type.untyped();
        Optional<Object> existing = find(type, descriptor.key(document));
        Object entity = existing.orElseGet(() -> newEntity(descriptor.entityClass()));
        descriptor.apply(document, entity, this);
        if (existing.isEmpty()) {
            entityManager.persist(entity);
        }
        entityManager.flush();
    }

    /** Removes a published item and the links other items' lists hold to nothing else. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(ItemType type, String key) {
        find(type, key).ifPresent(entity -> {
            type.untyped().beforeRemove(entity);
            entityManager.remove(entity);
            entityManager.flush();
        });
    }

    /**
     * The published items that refer to this one, as "cluster 'aerospace' (places)", by type in registry order, then
     * member, then item; empty when none does. Read from the items' documents, so it knows every reference a
     * descriptor declares.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> referrers(ItemType type, String key) {
        List<String> found = new ArrayList<>();
        for (ItemType referrer : ItemType.values()) {
            Map<String, Set<String>> byMember = new LinkedHashMap<>();
            for (Object entity : all(referrer)) {
                Object document = referrer.untyped().export(entity);
                for (Reference ref : referrer.references(document)) {
                    if (ref.target() == type && ref.key().equals(key)) {
                        byMember.computeIfAbsent(ref.member(), m -> new LinkedHashSet<>())
                                .add(referrer.keyOf(document));
                    }
                }
            }
            byMember.forEach((member, keys) -> keys.forEach(k -> found.add(
                    referrer.isCollection()
                            ? referrer.wireName() + " '" + k + "' (" + member + ")"
                            : "the " + referrer.wireName() + " (" + member + ")")));
        }
        return found;
    }

    @Override
    public <T> T one(String owner, ItemType type, String key) {
        @SuppressWarnings("unchecked")
        T entity = (T) find(type, key)
                .orElseThrow(() -> new InvalidContentException(
                        owner + " refers to unknown " + type.wireName() + " '" + key + "'"));
        return entity;
    }

    @Override
    public <T> List<T> many(String owner, ItemType type, List<String> keys) {
        return keys == null
                ? List.of()
                : keys.stream()
                        .filter(Objects::nonNull)
                        .map(key -> this.<T>one(owner, type, key))
                        .toList();
    }

    /**
     * Makes a list hold exactly the wanted items. A changed list is emptied and flushed first, so that rows keyed by
     * (owner, position) or (owner, target) are never rewritten into a momentary duplicate.
     */
    @Override
    public <T> void replace(List<T> list, List<T> wanted) {
        if (list.equals(wanted)) {
            return;
        }
        if (!list.isEmpty()) {
            list.clear();
            entityManager.flush();
        }
        list.addAll(wanted);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    private static Object newEntity(Class<?> entityClass) {
        try {
            return entityClass.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("A content entity needs a public no-argument constructor", e);
        }
    }

    private static String entityName(ItemType type) {
        return type.descriptor().entityClass().getSimpleName();
    }
}
