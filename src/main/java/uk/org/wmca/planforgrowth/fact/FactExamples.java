package uk.org.wmca.planforgrowth.fact;

/** Example bodies for the OpenAPI document, cut from real responses. */
final class FactExamples {

    static final String LIST = "{}";

    static final String ONE = "{}";

    private FactExamples() {
    }
}
