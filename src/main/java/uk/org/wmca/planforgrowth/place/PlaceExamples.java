package uk.org.wmca.planforgrowth.place;

/** Example bodies for the OpenAPI document, cut from real responses. */
final class PlaceExamples {

    static final String LIST = "{}";

    static final String ONE = "{}";

    private PlaceExamples() {
    }
}
