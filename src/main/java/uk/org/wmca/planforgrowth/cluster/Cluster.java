package uk.org.wmca.planforgrowth.cluster;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import uk.org.wmca.planforgrowth.fact.Certainty;
import uk.org.wmca.planforgrowth.fact.Fact;
import uk.org.wmca.planforgrowth.place.Place;
import uk.org.wmca.planforgrowth.query.SearchColumns;
import uk.org.wmca.planforgrowth.query.SearchTexts;
import uk.org.wmca.planforgrowth.query.Searchable;
import uk.org.wmca.planforgrowth.source.Source;
import uk.org.wmca.planforgrowth.theme.Theme;

/** An economic cluster the plan backs: a primary cluster or a nascent one. */
@Entity
public class Cluster implements Searchable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public ClusterKind kind;

    /** The name on WMCA's newer Plan for Growth page. */
    @Column(nullable = false)
    public String name;

    /** The name in the 2022 plan document, when the cluster is one of its clusters. */
    public String planDocumentName;

    @Column(nullable = false)
    public boolean inPlanDocument;

    @Column(nullable = false)
    public Certainty nameStatus;

    /**
     * How sure the match between this cluster and the plan document's name is ({@link #planDocumentName}); null when
     * the cluster is not in the plan document.
     */
    public Certainty planDocumentNameStatus;

    public String nameNote;

    @Column(nullable = false)
    public String summary;

    public String opportunity;

    /** Additional output (in pounds) the plan sees for this cluster; null when no figure is confirmed. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "growth_output_id")
    public Fact growthOutput;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "growth_jobs_id")
    public Fact growthJobs;

    public String growthBasis;

    @ManyToMany
    @JoinTable(
            name = "cluster_place",
            joinColumns = @JoinColumn(name = "cluster_id"),
            inverseJoinColumns = @JoinColumn(name = "place_id"))
    @OrderColumn(name = "position")
    public List<Place> places = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cluster_key_asset", joinColumns = @JoinColumn(name = "cluster_id"))
    @OrderColumn(name = "position")
    @Column(name = "item", nullable = false)
    public List<String> keyAssets = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cluster_leadership_body", joinColumns = @JoinColumn(name = "cluster_id"))
    @OrderColumn(name = "position")
    @Column(name = "item", nullable = false)
    public List<String> leadershipBodies = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cluster_priority", joinColumns = @JoinColumn(name = "cluster_id"))
    @OrderColumn(name = "position")
    @Column(name = "item", nullable = false)
    public List<String> priorities = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "cluster_fact",
            joinColumns = @JoinColumn(name = "cluster_id"),
            inverseJoinColumns = @JoinColumn(name = "fact_id"))
    @OrderColumn(name = "position")
    public List<Fact> facts = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "cluster_source",
            joinColumns = @JoinColumn(name = "cluster_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "position")
    public List<Source> sources = new ArrayList<>();

    /** Delivery themes that bear on this cluster (owned by the theme). */
    @ManyToMany(mappedBy = "clusters")
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
        return new SearchTexts(
                Arrays.asList(name, planDocumentName),
                Arrays.asList(summary),
                Stream.of(Arrays.asList(opportunity, nameNote, growthBasis), keyAssets, leadershipBodies, priorities)
                        .flatMap(List::stream)
                        .toList());
    }

    @Override
    @PrePersist
    @PreUpdate
    public void refreshSearch() {
        search = SearchColumns.of(searchTexts());
    }
}
