package uk.org.wmca.planforgrowth.plan;

/** Example bodies for the OpenAPI document, cut from real responses. */
final class PlanExamples {

    static final String LIST = "{}";

    static final String ONE = "{}";

    private PlanExamples() {
    }
}
