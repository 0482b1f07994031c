package uk.org.wmca.planforgrowth.source;

/** Example bodies for the OpenAPI document, cut from real responses. */
final class SourceExamples {

    static final String LIST = "{}";

    static final String ONE = "{}";

    private SourceExamples() {
    }
}
