package uk.org.wmca.planforgrowth.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.org.wmca.planforgrowth.fact.Fact;
import uk.org.wmca.planforgrowth.query.SearchColumns;
import uk.org.wmca.planforgrowth.query.SearchTexts;
import uk.org.wmca.planforgrowth.query.Searchable;

/** A publication that content cites: a WMCA page, a report, a dataset. */
@Entity
public class Source implements Searchable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String publisher;

    @Column(nullable = false)
    public String url;

    /** Facts that cite this source. */
    @OneToMany(mappedBy = "source")
    @OrderBy("slug ASC")
    public List<Fact> facts = new ArrayList<>();

    /** Normalised text for search and sorting; refreshed before every insert and update. */
    @Embedded
    public SearchColumns search = new SearchColumns();

    @Override
    public String searchKey() {
        return slug;
    }

    @Override
    public SearchTexts searchTexts() {
        return new SearchTexts(Arrays.asList(title), Arrays.asList(publisher), List.of());
    }

    @Override
    @PrePersist
    @PreUpdate
    public void refreshSearch() {
        search = SearchColumns.of(searchTexts());
    }
}
