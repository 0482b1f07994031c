package uk.org.wmca.planforgrowth.changes;

/**
 * Fired synchronously, inside the transaction of the change, for each entry added to the feed: observers (the webhook
 * outbox) write what they need in the same transaction, so that it commits, or rolls back, with the change.
 */
public record ChangeRecorded(ChangeEntry entry) {}
