package uk.org.wmca.planforgrowth.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The database is usable only once started and while no outage is reported; an outage ends when it answers. */
class DatabaseStatusTest {

    private static final SQLException REFUSED = new SQLException("Connection refused", "08001");

    @Test
    void shouldNotBeAvailableBeforeTheStartHasReachedTheDatabase() {
        DatabaseStatus status = new DatabaseStatus();
        status.reportAvailable();
        assertFalse(status.started());
        assertFalse(status.available());
    }

    @Test
    void shouldBeUnavailableFromTheFirstReportedFailureUntilItAnswersAgain() {
        DatabaseStatus status = new DatabaseStatus();
        status.markStarted();
        assertTrue(status.available());
        status.reportUnavailable(REFUSED);
        status.reportUnavailable(REFUSED);
        assertFalse(status.available());
        assertTrue(status.started());
        status.reportAvailable();
        assertTrue(status.available());
    }

    @Test
    void shouldIgnoreFailuresBeforeTheStartHasReachedTheDatabase() {
        DatabaseStatus status = new DatabaseStatus();
        status.reportUnavailable(REFUSED);
        status.markStarted();
        assertTrue(status.available());
    }
}
