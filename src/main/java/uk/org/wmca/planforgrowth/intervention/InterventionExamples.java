package uk.org.wmca.planforgrowth.intervention;

/** Example bodies for the OpenAPI document, cut from real responses. */
final class InterventionExamples {

    static final String LIST = "{}";

    static final String ONE = "{}";

    private InterventionExamples() {
    }
}
