package uk.org.wmca.planforgrowth.database;

/** Thrown by work that needs the database before it has been reached and migrated at start. */
public class DatabaseNotReadyException extends RuntimeException {

    public DatabaseNotReadyException() {
        super("The database has not been reached yet since the start");
    }
}
