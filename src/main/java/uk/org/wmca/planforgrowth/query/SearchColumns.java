package uk.org.wmca.planforgrowth.query;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

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

    /** Columns for an item: its names (the first is the one sorted by), its summary texts and its body texts. */
    public static SearchColumns of(List<String> names, List<String> summaries, List<String> bodies) {
        SearchColumns columns = new SearchColumns();
        columns.name = " " + SearchText.normalise(names);
        columns.summary = " " + SearchText.normalise(summaries);
        columns.body = " " + SearchText.normalise(bodies);
        columns.sortName = SearchText.sortKey(names.get(0));
        return columns;
    }
}
