package uk.org.wmca.planforgrowth.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import uk.org.wmca.planforgrowth.common.Problem;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.editorial.EditorialStore.State;

/** Makes an earlier revision's document the item's draft again, also for a deleted item. */
@ApplicationScoped
public class RestoreCommand {

    private final EditorialStore store;
    private final Documents documents;

    RestoreCommand(EditorialStore store, Documents documents) {
        this.store = store;
        this.documents = documents;
    }

    @Transactional
    public EditorialItem restore(ItemType type, String key, int number, String ifMatch, String author) {
        Revision revision = store.revision(type, key, number);
        State state = store.state(type, key);
        store.requireMatch(ifMatch, state);
        Object document = documents.read(type, revision.document);
        List<Problem.FieldError> errors = new ArrayList<>(documents.violations(document));
        errors.addAll(DocumentRules.check(type, document));
        if (!errors.isEmpty()) {
            throw EditorialException.invalid(errors); // the rules have changed since that revision
        }
        store.checkUnique(type, document, true);
        store.record(
                state,
                RevisionAction.RESTORED,
                state.itemState(),
                author,
                document,
                state.exists() ? store.document(state) : null);
        store.saveDraft(state, document, author);
        return store.item(store.state(type, key));
    }
}
