package uk.org.wmca.planforgrowth.http;

/**
 * The one registry of where each of the application's Vert.x route handlers sits, first to last. Every
 * {@code router.route().order(…)} in the application names one of these (a test fails on any other order, and on two
 * handlers sharing a slot), so that every response, whichever layer writes it, passes through the edge: a request id,
 * then the headers every response carries, then the rules that may refuse a request, then the fast path.
 */
public final class EdgeOrder {

    private static final int FIRST = Integer.MIN_VALUE;

    /** The request id ({@code common.RequestIds}), before everything else, so that every answer carries one. */
    public static final int REQUEST_IDS = FIRST;

    /**
     * The failure handler that answers, as a problem, any failure of the routing no one else answered
     * ({@link RequestRules}). Failure handlers run in this same order, apart from the others.
     */
    public static final int FAILURES = FIRST + 1;

    /** Security headers on every response ({@link SecurityHeaders}). */
    public static final int SECURITY_HEADERS = FIRST + 2;

    /** A {@code Date} on every response ({@code common.HttpDates}). */
    public static final int DATE = FIRST + 3;

    /** Request rules ({@link RequestRules}): a malformed, over-long or ambiguously framed request is refused. */
    public static final int REQUEST_RULES = FIRST + 4;

    /** The deadline for a request's body ({@link BodyDeadline}), started as soon as its headers are read. */
    public static final int BODY_DEADLINE = FIRST + 5;

    /** CORS ({@link CrossOrigin}): answers preflights, decorates every other response. */
    public static final int CORS = FIRST + 6;

    /** Rate limiting ({@link RateLimits}): refuses a request over budget before anything else is spent on it. */
    public static final int RATE_LIMIT = FIRST + 7;

    /** Until the database has been reached at start, requests outside {@code /q/} are answered with 503. */
    public static final int DATABASE_GATE = FIRST + 8;

    /** A write whose body is larger than the editing limit is refused with 413 ({@code editorial.WriteRequests}). */
    public static final int WRITE_SIZE = FIRST + 9;

    /** The Accept rules ({@code common.AcceptRules}), applied once before the fast path and the REST layer read it. */
    public static final int ACCEPT_RULES = FIRST + 10;

    /** The in-memory fast path ({@code common.CachedReads}): a kept representation is answered from memory. */
    public static final int CACHED_READS = FIRST + 11;

    private EdgeOrder() {}
}
