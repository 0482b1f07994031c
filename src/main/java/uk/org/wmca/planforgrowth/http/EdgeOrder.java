package uk.org.wmca.planforgrowth.http;

/**
 * Where the edge handlers sit among the Vert.x routes: after the request id ({@code common.RequestIds}, first of all)
 * and before the in-memory fast path ({@code common.CachedReads}), so that every response, whichever layer writes
 * it, passes through them.
 */
public final class EdgeOrder {

    /** Security headers on every response. */
    public static final int SECURITY_HEADERS = Integer.MIN_VALUE + 1;

    /** Request rules ({@link RequestRules}): a malformed, over-long or ambiguously framed request is refused. */
    public static final int REQUEST_RULES = Integer.MIN_VALUE + 2;

    /** CORS: answers preflights, decorates every other response. */
    public static final int CORS = Integer.MIN_VALUE + 3;

    /** Rate limiting: refuses a request over budget before anything else is spent on it. */
    public static final int RATE_LIMIT = Integer.MIN_VALUE + 4;

    /** Until the database has been reached at start, requests outside {@code /q/} are answered with 503. */
    public static final int DATABASE_GATE = Integer.MIN_VALUE + 5;

    /** First order free for handlers that answer requests, after the edge. */
    public static final int AFTER_EDGE = Integer.MIN_VALUE + 10;

    private EdgeOrder() {}
}
