package uk.org.wmca.planforgrowth.database;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a database that cannot be reached (refused or lost connections, timeouts, a server shutting down or starting
 * up, an H2 file held by another process) from every other failure, by walking an exception's causes. Such a failure is answered with 503 and
 * {@code Retry-After}, never a 500 or a 409: the request was fine, the database was not there.
 */
public final class DatabaseFailures {

    /**
     * PostgreSQL's "operator intervention" states (admin or crash shutdown, cannot connect now: starting up), and
     * H2's "database may be already in use" (90020: another process holds the database file, e.g. the instance this
     * one replaces has not finished stopping).
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "90020");

    /** How Agroal says that no connection could be had within the acquisition timeout. */
    private static final String ACQUISITION_TIMEOUT = "acquisition timeout";

    private DatabaseFailures() {}

    /** Whether {@code failure}, or any of its causes, says the database could not be reached. */
    public static boolean isUnavailable(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof DatabaseNotReadyException
                    || t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException
                    || t instanceof SocketTimeoutException
                    || t instanceof UnknownHostException) {
                return true;
            }
            if (t instanceof SQLException sql && isUnavailableState(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnavailableState(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
            return true;
        }
        return e.getMessage() != null
                && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains(ACQUISITION_TIMEOUT);
    }

    /**
     * What went wrong, in one line for a log: the innermost message of the chain (e.g. {@code Connection to
     * 127.0.0.1:5432 refused.}), without class names.
     */
    public static String reason(Throwable failure) {
        String reason = null;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                reason = t.getMessage();
            }
        }
        if (reason == null) {
            return "no reason given";
        }
        String line = reason.strip().lines().findFirst().orElse(reason);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
