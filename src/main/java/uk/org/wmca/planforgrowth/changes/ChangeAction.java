package uk.org.wmca.planforgrowth.changes;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What happened to a published item, as the change feed and webhooks name it. */
public enum ChangeAction {
    /** The item became public (new, or published again after being unpublished). */
    PUBLISHED("published"),
    /** A public item's new version was published. */
    UPDATED("updated"),
    /** The item was taken back to draft: it is no longer public. */
    UNPUBLISHED("unpublished"),
    /** The item was deleted: a tombstone. */
    DELETED("deleted");

    private final String wireName;

    ChangeAction(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether the item is public after this change, so that the entry links to it. */
    public boolean isPublic() {
        return this == PUBLISHED || this == UPDATED;
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(ChangeAction::wireName).toList();
    }

    public static Optional<ChangeAction> fromWireName(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
    }
}
