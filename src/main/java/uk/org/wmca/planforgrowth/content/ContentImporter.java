package uk.org.wmca.planforgrowth.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes a {@link ContentDocument} into an empty database, item by item in dependency order through the
 * {@link ContentWriter}, resolving every reference by public id. A dangling reference or an invalid value aborts the
 * whole import: nothing half-imported is ever committed.
 */
@ApplicationScoped
public class ContentImporter {

    private final ContentWriter writer;
    private final EntityManager entityManager;

    ContentImporter(ContentWriter writer, EntityManager entityManager) {
        this.writer = writer;
        this.entityManager = entityManager;
    }

    /** True when the database holds no content at all. */
    @Transactional
    public boolean isEmpty() {
        return Arrays.stream(ItemType.values())
                .allMatch(type -> count(type.descriptor().entityClass().getSimpleName()) == 0);
    }

    @Transactional
    public void importInto(ContentDocument document) {
        for (ItemType type : ItemType.values()) {
            Set<String> seen = new HashSet<>();
            for (Object item : document.items(type)) {
                String key = type.keyOf(item);
                if (!seen.add(key)) {
                    throw new InvalidContentException(type.wireName() + " " + key + " appears twice");
                }
                writer.apply(type, item);
            }
        }
    }

    private long count(String entity) {
        return entityManager
                .createQuery("select count(e) from " + entity + " e", Long.class)
                .getSingleResult();
    }
}
