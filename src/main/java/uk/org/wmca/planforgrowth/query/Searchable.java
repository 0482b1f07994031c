package uk.org.wmca.planforgrowth.query;

/** A content entity that search finds: it has {@link SearchColumns}, refreshed from its {@link SearchTexts}. */
public interface Searchable {

    /** The item's text as written, for search columns and snippets. */
    SearchTexts searchTexts();

    /** The item's public key: its slug, or id for facts and sources. */
    String searchKey();

    /** Recomputes the item's search columns from its text. */
    void refreshSearch();
}
