package uk.org.wmca.planforgrowth.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** An item's unpublished document: a new or unpublished item, or pending edits to a published one. */
@Entity
public class Draft {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String itemType;

    @Column(nullable = false)
    public String itemKey;

    /** The document as JSON, in the write format. */
    @Column(nullable = false)
    public String document;

    @Column(nullable = false)
    public OffsetDateTime updatedAt;

    @Column(nullable = false)
    public String updatedBy;
}
