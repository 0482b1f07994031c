package uk.org.wmca.planforgrowth.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import uk.org.wmca.planforgrowth.fact.Fact;
import uk.org.wmca.planforgrowth.source.Source;

/** The Plan for Growth itself: its summary, aim, approach, principles and headline figures. There is one. */
@Entity
public class Plan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String aim;

    @Column(nullable = false)
    public String approach;

    @Column(nullable = false)
    public String governance;

    @Column(nullable = false)
    public String deliveryPartners;

    @Column(nullable = false)
    public String publisher;

    /** Year and month of first publication, {@code YYYY-MM}. */
    @Column(nullable = false)
    public String firstPublished;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "first_published_source_id")
    public Source firstPublishedSource;

    public String firstPublishedNote;

    /** Who signed the plan's foreword, in order. */
    @ElementCollection
    @CollectionTable(name = "plan_foreword_signatory", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<Signatory> forewordSignatories = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Principle> principles = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "plan_headline_fact",
            joinColumns = @JoinColumn(name = "plan_id"),
            inverseJoinColumns = @JoinColumn(name = "fact_id"))
    @OrderColumn(name = "position")
    public List<Fact> headlineFacts = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "plan_source",
            joinColumns = @JoinColumn(name = "plan_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "position")
    public List<Source> sources = new ArrayList<>();
}
