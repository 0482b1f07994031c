package uk.org.wmca.planforgrowth.query;

/** A content entity with {@link SearchColumns}, which it can refresh from its own text. */
public interface Searchable {

    void refreshSearch();
}
