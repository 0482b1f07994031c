package uk.org.wmca.planforgrowth.intervention;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.org.wmca.planforgrowth.fact.Fact;
import uk.org.wmca.planforgrowth.query.SearchColumns;
import uk.org.wmca.planforgrowth.query.SearchTexts;
import uk.org.wmca.planforgrowth.query.Searchable;
import uk.org.wmca.planforgrowth.source.Source;
import uk.org.wmca.planforgrowth.theme.Theme;

/** One of the plan's cross-cutting interventions, tailored to each cluster. */
@Entity
public class Intervention implements Searchable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    /** The letter the fact sheet gives it (A to E), stable for citation. */
    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String summary;

    public String detail;

    @ManyToMany
    @JoinTable(
            name = "intervention_fact",
            joinColumns = @JoinColumn(name = "intervention_id"),
            inverseJoinColumns = @JoinColumn(name = "fact_id"))
    @OrderColumn(name = "position")
    public List<Fact> facts = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "intervention_source",
            joinColumns = @JoinColumn(name = "intervention_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "position")
    public List<Source> sources = new ArrayList<>();

    /** Delivery themes that draw on this intervention (owned by the theme). */
    @ManyToMany(mappedBy = "interventions")
    @OrderBy("position ASC, slug ASC")
    public List<Theme> themes = new ArrayList<>();

    /** Normalised text for search and sorting; refreshed before every insert and update. */
    @Embedded
    public SearchColumns search = new SearchColumns();

    @Override
    public String searchKey() {
        return slug;
    }

    @Override
    public SearchTexts searchTexts() {
        return new SearchTexts(Arrays.asList(name), Arrays.asList(summary), Arrays.asList(detail));
    }

    @Override
    @PrePersist
    @PreUpdate
    public void refreshSearch() {
        search = SearchColumns.of(searchTexts());
    }
}
