package uk.org.wmca.planforgrowth.place;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.org.wmca.planforgrowth.cluster.Cluster;
import uk.org.wmca.planforgrowth.fact.Certainty;
import uk.org.wmca.planforgrowth.query.SearchColumns;
import uk.org.wmca.planforgrowth.query.SearchTexts;
import uk.org.wmca.planforgrowth.query.Searchable;
import uk.org.wmca.planforgrowth.source.Source;

/** A local authority area, identified by its ONS GSS code, that the plan's clusters name. */
@Entity
public class Place implements Searchable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, unique = true)
    public String gssCode;

    @Column(nullable = false)
    public PlaceKind kind;

    /** The place as the plan writes it, when that differs from the official name. */
    public String nameInPlan;

    /** Whether the place is confirmed or only inferred from how the plan names it. */
    @Column(nullable = false)
    public Certainty status;

    public String note;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    /** Clusters whose profile names this place (owned by the cluster). */
    @ManyToMany(mappedBy = "places")
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
        return new SearchTexts(Arrays.asList(name, nameInPlan, gssCode), Arrays.asList(note), List.of());
    }

    @Override
    @PrePersist
    @PreUpdate
    public void refreshSearch() {
        search = SearchColumns.of(searchTexts());
    }
}
