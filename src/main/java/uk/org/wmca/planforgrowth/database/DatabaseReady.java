package uk.org.wmca.planforgrowth.database;

/**
 * Fired (synchronously) once the database has been reached and migrated at start, before any API request is let
 * through: the place for start-up work that needs the database (seeding, the first admin token, the content
 * version). An observer that fails because the database went away again is retried with the whole start.
 */
public record DatabaseReady() {}
