package uk.org.wmca.planforgrowth.theme;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.org.wmca.planforgrowth.cluster.Cluster;
import uk.org.wmca.planforgrowth.fact.Fact;
import uk.org.wmca.planforgrowth.intervention.Intervention;
import uk.org.wmca.planforgrowth.query.SearchColumns;
import uk.org.wmca.planforgrowth.query.SearchTexts;
import uk.org.wmca.planforgrowth.query.Searchable;
import uk.org.wmca.planforgrowth.source.Source;

/** One of the plan's delivery themes, the "conditions for growth". */
@Entity
public class Theme implements Searchable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public int position;

    /** The label on WMCA's newer Plan for Growth page. */
    @Column(nullable = false)
    public String name;

    /** The label on the older page and in the plan's foreword. */
    @Column(nullable = false)
    public String formerName;

    @Column(nullable = false)
    public String summary;

    public String detail;

    @ManyToMany
    @JoinTable(
            name = "theme_intervention",
            joinColumns = @JoinColumn(name = "theme_id"),
            inverseJoinColumns = @JoinColumn(name = "intervention_id"))
    @OrderColumn(name = "position")
    public List<Intervention> interventions = new ArrayList<>();

    /** Clusters the theme bears on, where a source says so. */
    @ManyToMany
    @JoinTable(
            name = "theme_cluster",
            joinColumns = @JoinColumn(name = "theme_id"),
            inverseJoinColumns = @JoinColumn(name = "cluster_id"))
    @OrderColumn(name = "position")
    public List<Cluster> clusters = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "theme_fact",
            joinColumns = @JoinColumn(name = "theme_id"),
            inverseJoinColumns = @JoinColumn(name = "fact_id"))
    @OrderColumn(name = "position")
    public List<Fact> facts = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "theme_source",
            joinColumns = @JoinColumn(name = "theme_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "position")
    public List<Source> sources = new ArrayList<>();

    /** Normalised text for search and sorting; refreshed before every insert and update. */
    @Embedded
    public SearchColumns search = new SearchColumns();

    @Override
    public String searchKey() {
        return slug;
    }

    @Override
    public SearchTexts searchTexts() {
        return new SearchTexts(Arrays.asList(name, formerName), Arrays.asList(summary), Arrays.asList(detail));
    }

    @Override
    @PrePersist
    @PreUpdate
    public void refreshSearch() {
        search = SearchColumns.of(searchTexts());
    }
}
