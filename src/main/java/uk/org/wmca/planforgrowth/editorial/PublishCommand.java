package uk.org.wmca.planforgrowth.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import uk.org.wmca.planforgrowth.changes.ChangeAction;
import uk.org.wmca.planforgrowth.common.Problem;
import uk.org.wmca.planforgrowth.content.ContentWriter;
import uk.org.wmca.planforgrowth.content.InvalidContentException;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.content.ItemType.Reference;
import uk.org.wmca.planforgrowth.editorial.EditorialStore.State;

/** Publishes an item's draft: the public API shows it, and the change feed says so. */
@ApplicationScoped
public class PublishCommand {

    private final EditorialStore store;
    private final Documents documents;
    private final ContentWriter writer;
    private final EntityManager entityManager;

    PublishCommand(EditorialStore store, Documents documents, ContentWriter writer, EntityManager entityManager) {
        this.store = store;
        this.documents = documents;
        this.writer = writer;
        this.entityManager = entityManager;
    }

    @Transactional
    public EditorialItem publish(ItemType type, String key, String ifMatch, String author) {
        State state = store.existing(type, key);
        store.requireMatch(ifMatch, state);
        if (state.draft() == null) {
            throw EditorialException.conflict(
                    "Nothing to publish: this " + type.wireName() + " is published and has no unpublished changes.");
        }
        Object document = documents.read(type, state.draft().document);
        store.validate(type, document);
        List<Problem.FieldError> unpublished = new ArrayList<>();
        for (Reference ref : type.references(document)) {
            if (writer.find(ref.target(), ref.key()).isEmpty()) {
                unpublished.add(EditorialException.body(
                        ref.field(),
                        "The " + ref.target().wireName() + " '" + ref.key() + "' is not published; publish it first."));
            }
        }
        if (!unpublished.isEmpty()) {
            throw EditorialException.invalid(unpublished);
        }
        store.checkUnique(type, document, false);
        store.record(state, RevisionAction.PUBLISHED, ItemState.PUBLISHED, author, document, state.published());
        try {
            writer.apply(type, document);
        } catch (InvalidContentException e) {
            throw EditorialException.invalid("document", e.getMessage());
        } catch (PersistenceException e) {
            throw EditorialStore.raced(type, key, e);
        }
        entityManager.remove(state.draft());
        store.announce(
                type,
                key,
                state.published(),
                document,
                state.published() == null ? ChangeAction.PUBLISHED : ChangeAction.UPDATED);
        return store.item(store.state(type, key));
    }
}
