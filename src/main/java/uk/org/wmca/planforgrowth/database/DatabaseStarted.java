package uk.org.wmca.planforgrowth.database;

/** Fired once the start-up work is done and requests are let through (after every {@link DatabaseReady} observer). */
public record DatabaseStarted() {}
