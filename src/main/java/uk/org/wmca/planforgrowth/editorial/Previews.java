package uk.org.wmca.planforgrowth.editorial;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;
import uk.org.wmca.planforgrowth.content.ContentWriter;
import uk.org.wmca.planforgrowth.content.InvalidContentException;
import uk.org.wmca.planforgrowth.content.ItemType;

/**
 * Renders a public read as it would look with every draft published, for editors ({@code preview=true}). The
 * drafts are applied to the content tables in a transaction that is always rolled back, so a preview uses exactly
 * the code of the public read and nothing of it is ever committed or cached.
 */
@ApplicationScoped
public class Previews {

    /** What a preview response says about caching: only for the editor who asked, never kept. */
    public static final String CACHE_CONTROL = "private, no-store";

    private static final Semaphore PREVIEWS = new Semaphore(1, true);

    private final SecurityIdentity identity;
    private final EditorialService editorial;
    private final Documents documents;
    private final ContentWriter writer;
    private final EntityManager entityManager;

    Previews(
            SecurityIdentity identity,
            EditorialService editorial,
            Documents documents,
            ContentWriter writer,
            EntityManager entityManager) {
        this.identity = identity;
        this.editorial = editorial;
        this.documents = documents;
        this.writer = writer;
        this.entityManager = entityManager;
    }

    /** The read as it is, or with {@code preview} as published drafts would make it. */
    public <T> RestResponse<T> read(boolean preview, Supplier<RestResponse<T>> read) {
        return preview ? render(read) : read.get();
    }

    /** The read, as published drafts would make it; refuses anyone but an editor. */
    public <T> RestResponse<T> render(Supplier<RestResponse<T>> read) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException("preview=true shows drafts and needs an editor's token.");
        }
        if (!identity.hasRole("editor")) {
            throw new ForbiddenException("preview=true needs a token with the editor role.");
        }
        // One preview at a time on this instance: a preview writes (then rolls back) the content tables, and two at
        // once would only wait on each other's row locks.
        PREVIEWS.acquireUninterruptibly();
        try {
            QuarkusTransaction.begin();
            for (Draft draft : editorial.drafts()) {
                ItemType type = ItemType.fromWireName(draft.itemType).orElse(null);
                Object document;
                try {
                    document = type == null ? null : documents.read(type, draft.document);
                } catch (RuntimeException e) {
                    document = null; // a draft that does not read back (written by hand into the database)
                }
                if (document != null
                        && (!documents.violations(document).isEmpty()
                                || !DocumentRules.check(type, document).isEmpty())) {
                    document = null; // read back, but not a valid document (an empty one, written by hand)
                }
                if (document == null) {
                    Log.warnf(
                            "Preview leaves out the draft of %s %s: its document cannot be read or is not valid",
                            draft.itemType, draft.itemKey);
                    continue;
                }
                List<ItemType.Reference> missing = type.references(document).stream()
                        .filter(ref -> writer.find(ref.target(), ref.key()).isEmpty())
                        .toList();
                if (!missing.isEmpty()) {
                    // A draft that refers to an item which is gone (deleted since, or restored from an old
                    // revision) cannot be shown; publishing it is refused with 422 naming what is missing.
                    Log.debugf("Preview leaves out the draft of %s %s: %s", type, draft.itemKey, missing);
                    continue;
                }
                try {
                    writer.apply(type, document);
                } catch (InvalidContentException e) {
                    throw EditorialException.conflict("The preview cannot be shown: the draft of " + type.wireName()
                            + " '" + draft.itemKey + "' does not resolve (" + e.getMessage() + "). Fix that draft.");
                }
            }
            entityManager.flush();
            RestResponse<T> response = read.get();
            return RestResponse.ResponseBuilder.fromResponse(response)
                    .header("Cache-Control", CACHE_CONTROL)
                    .header("Vary", "Authorization")
                    .build();
        } finally {
            try {
                if (QuarkusTransaction.isActive()) {
                    QuarkusTransaction.rollback();
                }
            } finally {
                PREVIEWS.release();
            }
        }
    }
}
