package uk.org.wmca.planforgrowth.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.editorial.EditorialStore.State;

/** Changes an item's draft: the whole document (PUT) or a JSON Merge Patch of it (PATCH). */
@ApplicationScoped
public class EditCommand {

    private final EditorialStore store;
    private final Documents documents;

    EditCommand(EditorialStore store, Documents documents) {
        this.store = store;
        this.documents = documents;
    }

    @Transactional
    public EditorialItem replace(ItemType type, String key, byte[] body, String ifMatch, String author) {
        State state = store.existing(type, key);
        store.requireMatch(ifMatch, state);
        return edit(state, documents.parse(type, body), author);
    }

    @Transactional
    public EditorialItem patch(ItemType type, String key, byte[] body, String ifMatch, String author) {
        State state = store.existing(type, key);
        store.requireMatch(ifMatch, state);
        return edit(state, documents.mergePatch(type, store.document(state), body), author);
    }

    private EditorialItem edit(State state, Object document, String author) {
        ItemType type = state.type();
        String key = type.keyOf(document);
        if (!state.key().equals(key)) {
            String keyName = EditorialStore.keyName(type);
            throw EditorialException.invalid(
                    keyName,
                    "The " + keyName + " cannot change (it is part of every link to this item). Create a new "
                            + type.wireName() + " and delete this one instead.");
        }
        store.validate(type, document);
        store.checkUnique(type, document, true);
        Object before = store.document(state);
        if (documents.changedMembers(before, document).isEmpty()) {
            return store.item(state); // nothing changed: no revision
        }
        store.record(state, RevisionAction.UPDATED, state.itemState(), author, document, before);
        store.saveDraft(state, document, author);
        return store.item(store.state(type, state.key()));
    }
}
