package uk.org.wmca.planforgrowth.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import uk.org.wmca.planforgrowth.changes.ChangeAction;
import uk.org.wmca.planforgrowth.content.ContentWriter;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.editorial.EditorialStore.State;

/** Takes an item off the public API and keeps it as a draft. */
@ApplicationScoped
public class UnpublishCommand {

    private final EditorialStore store;
    private final Documents documents;
    private final ContentWriter writer;

    UnpublishCommand(EditorialStore store, Documents documents, ContentWriter writer) {
        this.store = store;
        this.documents = documents;
        this.writer = writer;
    }

    @Transactional
    public EditorialItem unpublish(ItemType type, String key, String ifMatch, String author) {
        State state = store.existing(type, key);
        store.requireMatch(ifMatch, state);
        if (state.published() == null) {
            throw EditorialException.conflict("This " + type.wireName() + " is not published.");
        }
        store.refuseIfReferred(type, key, "unpublish");
        Object document = store.document(state);
        store.record(state, RevisionAction.UNPUBLISHED, ItemState.DRAFT, author, document, document);
        try {
            writer.remove(type, key);
        } catch (PersistenceException e) {
            throw EditorialStore.raced(type, key, e);
        }
        if (state.draft() == null) {
            Draft draft = new Draft();
            draft.itemType = type.wireName();
            draft.itemKey = key;
            draft.setDocument(document, documents.json(document));
            draft.updatedAt = OffsetDateTime.now();
            draft.updatedBy = author;
            store.writeDraft(type, document, draft);
        }
        store.announce(type, key, state.published(), null, ChangeAction.UNPUBLISHED);
        return store.item(store.state(type, key));
    }
}
