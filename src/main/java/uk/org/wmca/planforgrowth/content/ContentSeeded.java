package uk.org.wmca.planforgrowth.content;

/**
 * Fired, inside the seeding transaction, once the content files have been imported into an empty database: observers
 * may record what they need about the seeded items in the same transaction.
 */
public record ContentSeeded(String filesVersion) {}
