package uk.org.wmca.planforgrowth.fact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import uk.org.wmca.planforgrowth.source.Source;

/** A figure with its provenance: a single value or a range, its unit, horizon, certainty and source. */
@Entity
public class Fact {
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

    public String note;
}
