package uk.org.wmca.planforgrowth.fact;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.org.wmca.planforgrowth.cluster.Cluster;
import uk.org.wmca.planforgrowth.query.SearchColumns;
import uk.org.wmca.planforgrowth.query.SearchTexts;
import uk.org.wmca.planforgrowth.query.Searchable;
import uk.org.wmca.planforgrowth.source.Source;

/** A figure with its provenance: a single value or a range, its unit, horizon, certainty and source. */
@Entity
public class Fact implements Searchable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String label;

    /** The value when the figure is a single number; null for a range or an unconfirmed figure. */
    public BigDecimal amount;

    public BigDecimal amountMin;

    public BigDecimal amountMax;

    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public String measure;

    public String qualifier;

    public String period;

    public Integer horizonYear;

    @Column(nullable = false)
    public String geography;

    @Column(nullable = false)
    public Certainty status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    /** Further sources that state the same figure. */
    @ManyToMany
    @JoinTable(
            name = "fact_other_source",
            joinColumns = @JoinColumn(name = "fact_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "position")
    public List<Source> otherSources = new ArrayList<>();

    public String note;

    /**
     * False for a figure from another source given only as background: it is not a Plan for Growth figure, and no
     * cluster's growth or plan headline may use it.
     */
    @Column(nullable = false)
    public boolean planFigure = true;

    /** Clusters that cite this fact (owned by the cluster). */
    @ManyToMany(mappedBy = "facts")
    @OrderBy("position ASC, slug ASC")
    public List<Cluster> clusters = new ArrayList<>();

    /** Normalised text for search and sorting; refreshed before every insert and update. */
    @Embedded
    public SearchColumns search = new SearchColumns();

    @Override
    public String searchKey() {
        return slug;
    }

    @Override
    public SearchTexts searchTexts() {
        return new SearchTexts(Arrays.asList(label), Arrays.asList(note), Arrays.asList(measure, geography, period));
    }

    @Override
    @PrePersist
    @PreUpdate
    public void refreshSearch() {
        search = SearchColumns.of(searchTexts());
    }
}
