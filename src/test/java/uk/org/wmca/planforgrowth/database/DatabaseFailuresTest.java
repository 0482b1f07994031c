package uk.org.wmca.planforgrowth.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot be reached" (503), and which are something else. */
class DatabaseFailuresTest {

    @Test
    void shouldRecogniseARefusedConnectionWrappedByHibernateAndJpa() {
        SQLException refused = new SQLException(
                "Connection to 127.0.0.1:5432 refused.", "08001", new ConnectException("Connection refused"));
        Throwable wrapped = new PersistenceException(new JDBCConnectionException("Unable to acquire", refused));
        assertTrue(DatabaseFailures.isUnavailable(wrapped));
        assertEquals("Connection refused", DatabaseFailures.reason(wrapped));
    }

    @Test
    void shouldRecogniseALostConnectionByItsSqlState() {
        assertTrue(DatabaseFailures.isUnavailable(new RuntimeException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
    }

    @Test
    void shouldRecogniseAServerShuttingDownOrStartingUp() {
        assertTrue(DatabaseFailures.isUnavailable(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        assertTrue(
                DatabaseFailures.isUnavailable(new SQLException("FATAL: the database system is starting up", "57P03")));
    }

    @Test
    void shouldRecogniseAnH2FileHeldByAnotherProcess() {
        SQLException locked = new SQLException(
                "Database may be already in use: \"/data/plan-for-growth.mv.db\". Possible solutions: close all other"
                        + " connection(s); use the server mode [90020-240]",
                "90020");
        assertTrue(DatabaseFailures.isUnavailable(new PersistenceException(locked)));
        assertEquals(
                "Database may be already in use: \"/data/plan-for-growth.mv.db\". Possible solutions: close all other"
                        + " connection(s); use the server mode [90020-240]",
                DatabaseFailures.reason(locked));
    }

    @Test
    void shouldRecogniseAPoolThatGaveNoConnectionInTime() {
        assertTrue(DatabaseFailures.isUnavailable(
                new SQLException("Acquisition timeout while waiting for new connection")));
        assertTrue(DatabaseFailures.isUnavailable(new SQLTransientConnectionException("timeout")));
    }

    @Test
    void shouldRecogniseAStartThatHasNotReachedTheDatabaseYet() {
        assertTrue(DatabaseFailures.isUnavailable(new DatabaseNotReadyException()));
    }

    @Test
    void shouldNotMistakeAConstraintViolationOrABugForAnOutage() {
        SQLException duplicate = new SQLIntegrityConstraintViolationException("duplicate key", "23505");
        assertFalse(DatabaseFailures.isUnavailable(
                new PersistenceException(new ConstraintViolationException("duplicate", duplicate, "uk_name"))));
        assertFalse(DatabaseFailures.isUnavailable(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseFailures.isUnavailable(new IllegalStateException("a bug")));
        assertFalse(DatabaseFailures.isUnavailable(new SQLException("no state")));
    }

    @Test
    void shouldSurviveACauseChainThatLoops() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseFailures.isUnavailable(first));
        assertEquals("second", DatabaseFailures.reason(first));
    }

    @Test
    void shouldKeepTheReasonToOneLine() {
        assertEquals("first line", DatabaseFailures.reason(new SQLException("first line\nsecond line", "08001")));
        assertEquals("no reason given", DatabaseFailures.reason(new RuntimeException((String) null)));
    }
}
