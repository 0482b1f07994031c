package uk.org.wmca.planforgrowth.theme;

/** Example bodies for the OpenAPI document, cut from real responses. */
final class ThemeExamples {

    static final String LIST = "{}";

    static final String ONE = "{}";

    private ThemeExamples() {
    }
}
