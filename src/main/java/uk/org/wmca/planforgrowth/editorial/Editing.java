package uk.org.wmca.planforgrowth.editorial;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import uk.org.wmca.planforgrowth.common.Envelope;
import uk.org.wmca.planforgrowth.common.Envelopes;
import uk.org.wmca.planforgrowth.common.InvalidParameterException;
import uk.org.wmca.planforgrowth.common.Problem;
import uk.org.wmca.planforgrowth.content.ContentVersion;
import uk.org.wmca.planforgrowth.content.ItemType;

/**
 * What every content resource's write operations do, whatever the type: run the editorial service as the calling
 * token, answer with the item as editors see it and its ETag, and make this instance serve a publish at once.
 */
@ApplicationScoped
public class Editing {

    public static final String MERGE_PATCH = "application/merge-patch+json";

    /** How every write's If-Match header is described. */
    public static final String IF_MATCH = "Required: the item's current ETag, \"rev-<n>\", from the last write's"
            + " response or the revisions list. Missing: 428; not current: 412.";

    private final EditorialService editorial;
    private final CreateCommand create;
    private final EditCommand edit;
    private final PublishCommand publish;
    private final UnpublishCommand unpublish;
    private final DeleteCommand delete;
    private final RestoreCommand restore;
    private final Envelopes envelopes;
    private final ContentVersion version;
    private final SecurityIdentity identity;

    Editing(
            EditorialService editorial,
            CreateCommand create,
            EditCommand edit,
            PublishCommand publish,
            UnpublishCommand unpublish,
            DeleteCommand delete,
            RestoreCommand restore,
            Envelopes envelopes,
            ContentVersion version,
            SecurityIdentity identity) {
        this.editorial = editorial;
        this.create = create;
        this.edit = edit;
        this.publish = publish;
        this.unpublish = unpublish;
        this.delete = delete;
        this.restore = restore;
        this.envelopes = envelopes;
        this.version = version;
        this.identity = identity;
    }

    public RestResponse<Envelope<EditorialItem>> get(ItemType type, String key) {
        return respond(editorial.get(type, key), RestResponse.Status.OK, null);
    }

    public RestResponse<Envelope<EditorialItem>> create(ItemType type, byte[] body) {
        EditorialItem item = create.create(type, body, author());
        return respond(item, RestResponse.Status.CREATED, URI.create(type.itemPath(item.id())));
    }

    public RestResponse<Envelope<EditorialItem>> replace(ItemType type, String key, byte[] body, String ifMatch) {
        return respond(edit.replace(type, key, body, ifMatch, author()), RestResponse.Status.OK, null);
    }

    public RestResponse<Envelope<EditorialItem>> patch(ItemType type, String key, byte[] body, String ifMatch) {
        return respond(edit.patch(type, key, body, ifMatch, author()), RestResponse.Status.OK, null);
    }

    public RestResponse<Void> delete(ItemType type, String key, String ifMatch) {
        delete.delete(type, key, ifMatch, author());
        version.refresh();
        return RestResponse.ResponseBuilder.<Void>noContent()
                .header("Cache-Control", "no-store")
                .build();
    }

    public RestResponse<Envelope<EditorialItem>> publish(ItemType type, String key, String ifMatch) {
        EditorialItem item = publish.publish(type, key, ifMatch, author());
        version.refresh();
        return respond(item, RestResponse.Status.OK, null);
    }

    public RestResponse<Envelope<EditorialItem>> unpublish(ItemType type, String key, String ifMatch) {
        EditorialItem item = unpublish.unpublish(type, key, ifMatch, author());
        version.refresh();
        return respond(item, RestResponse.Status.OK, null);
    }

    public RestResponse<Envelope<EditorialItem>> restore(ItemType type, String key, int number, String ifMatch) {
        return respond(restore.restore(type, key, number, ifMatch, author()), RestResponse.Status.OK, null);
    }

    public RestResponse<Envelope<List<RevisionView>>> revisions(ItemType type, String key) {
        List<RevisionView> revisions = editorial.revisions(type, key).stream()
                .map(r -> RevisionView.of(r, type, null))
                .toList();
        return RestResponse.ResponseBuilder.ok(envelopes.envelope(revisions, type.itemPath(key) + "/revisions"))
                .header("ETag", editorial.revisionsEtag(type, key))
                .header("Cache-Control", "no-store")
                .build();
    }

    public RestResponse<Envelope<RevisionView>> revision(ItemType type, String key, int number) {
        Revision revision = editorial.revision(type, key, number);
        RevisionView view = RevisionView.of(revision, type, editorial.documentOf(revision));
        return RestResponse.ResponseBuilder.ok(
                        envelopes.envelope(view, view.links().self()))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** A revision number from the path: a whole number from 1, else 400. */
    public static int revisionNumber(String raw) {
        try {
            int number = Integer.parseInt(raw);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException(List.of(new Problem.FieldError(
                "number",
                "path",
                "'" + raw + "' is not a revision number; they are whole numbers from 1.",
                List.of())));
    }

    private RestResponse<Envelope<EditorialItem>> respond(
            EditorialItem item, RestResponse.Status status, URI location) {
        RestResponse.ResponseBuilder<Envelope<EditorialItem>> response = RestResponse.ResponseBuilder.create(
                        status, envelopes.envelope(item, item.links().self()))
                .header("ETag", item.etag())
                .header("Cache-Control", "no-store");
        if (location != null) {
            response.location(location);
        }
        return response.build();
    }

    private String author() {
        return identity.getPrincipal().getName();
    }
}
