package uk.org.wmca.planforgrowth.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.editorial.EditorialStore.State;

/** Creates an item as a draft (POST): unseen by the public until it is published. */
@ApplicationScoped
public class CreateCommand {

    private final EditorialStore store;
    private final Documents documents;

    CreateCommand(EditorialStore store, Documents documents) {
        this.store = store;
        this.documents = documents;
    }

    @Transactional
    public EditorialItem create(ItemType type, byte[] body, String author) {
        Object document = documents.parse(type, body);
        String key = type.keyOf(document);
        store.validate(type, document);
        State state = store.state(type, key);
        if (state.exists()) {
            throw EditorialException.conflict("A " + type.wireName() + " with the " + EditorialStore.keyName(type)
                    + " '" + key + "' already exists" + (state.published() == null ? " as a draft" : "") + ".");
        }
        store.checkUnique(type, document, true);
        try {
            store.record(state, RevisionAction.CREATED, ItemState.DRAFT, author, document, null);
        } catch (EditorialException e) {
            throw EditorialException.conflict("A " + type.wireName() + " with the " + EditorialStore.keyName(type)
                    + " '" + key + "' was created by another request at the same time.");
        }
        store.saveDraft(state, document, author);
        return store.item(store.state(type, key));
    }
}
