package uk.org.wmca.planforgrowth.changes;

import java.time.Instant;
import uk.org.wmca.planforgrowth.content.ItemType;

/** One entry of the change feed: a change to one published item, at a position (version, ordinal) in the feed. */
public record ChangeEntry(long version, int ordinal, ItemType type, String key, ChangeAction action, Instant at) {

    /** The event name webhooks filter on, e.g. {@code cluster.published}. */
    public String event() {
        return type.wireName() + "." + action.wireName();
    }

    /** The position right after this entry: the cursor to read on from. */
    public Cursor cursor() {
        return new Cursor(version, ordinal);
    }

    /** The item's public path, or null when the item is no longer public (a tombstone or an unpublished item). */
    public String itemPath() {
        return action.isPublic() ? type.itemPath(key) : null;
    }
}
