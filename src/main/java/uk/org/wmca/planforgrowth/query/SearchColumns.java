package uk.org.wmca.planforgrowth.query;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The normalised copies of an item's text that {@code q=} searches and {@code sort=name} orders by (see
 * {@link SearchText}), each with a leading space so that {@code LIKE '% word%'} finds words by their start. Each content entity embeds one and refreshes it before every insert and update.
 */
@Embeddable
public class SearchColumns {

    @Column(name = "search_name")
    public String name;

    @Column(name = "search_summary")
    public String summary;

    @Column(name = "search_body")
    public String body;

    @Column(name = "sort_name")
    public String sortName;

    /** Columns for an item's text: its names (the first is the one sorted by), summaries and body text. */
    public static SearchColumns of(SearchTexts texts) {
        SearchColumns columns = new SearchColumns();
        columns.name = " " + SearchText.normalise(texts.names());
        columns.summary = " " + SearchText.normalise(texts.summaries());
        columns.body = " " + SearchText.normalise(texts.bodies());
        columns.sortName = SearchText.sortKey(texts.title());
        return columns;
    }
}
