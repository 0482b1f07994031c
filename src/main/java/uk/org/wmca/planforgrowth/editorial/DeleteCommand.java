package uk.org.wmca.planforgrowth.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.org.wmca.planforgrowth.changes.ChangeAction;
import uk.org.wmca.planforgrowth.content.ContentWriter;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.editorial.EditorialStore.State;

/** Deletes an item, published or draft; its revisions stay, and the change feed keeps a tombstone. */
@ApplicationScoped
public class DeleteCommand {

    private final EditorialStore store;
    private final ContentWriter writer;
    private final EntityManager entityManager;

    DeleteCommand(EditorialStore store, ContentWriter writer, EntityManager entityManager) {
        this.store = store;
        this.writer = writer;
        this.entityManager = entityManager;
    }

    @Transactional
    public void delete(ItemType type, String key, String ifMatch, String author) {
        State state = store.existing(type, key);
        store.requireMatch(ifMatch, state);
        if (state.published() != null) {
            store.refuseIfReferred(type, key, "delete");
        }
        List<String> drafts = store.draftReferrers(type, key);
        if (!drafts.isEmpty()) {
            throw EditorialException.conflict("Cannot delete the " + type.wireName() + " '" + key
                    + "': drafts refer to it: " + String.join(", ", drafts) + ". Change those drafts first.");
        }
        Object document = store.document(state);
        store.record(state, RevisionAction.DELETED, ItemState.DELETED, author, document, document);
        if (state.draft() != null) {
            entityManager.remove(state.draft());
        }
        if (state.published() != null) {
            try {
                writer.remove(type, key);
            } catch (PersistenceException e) {
                throw EditorialStore.raced(type, key, e);
            }
            store.announce(type, key, state.published(), null, ChangeAction.DELETED);
        }
    }
}
