package uk.org.wmca.planforgrowth.cluster;

/** Example bodies for the OpenAPI document, cut from real responses. */
final class ClusterExamples {

    static final String LIST = "{}";

    static final String ONE = "{}";

    private ClusterExamples() {
    }
}
