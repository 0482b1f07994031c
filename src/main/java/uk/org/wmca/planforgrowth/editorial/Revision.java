package uk.org.wmca.planforgrowth.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** One change to one item: who made it, when, what it did, and the item's whole document afterwards. */
@Entity
public class Revision {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String itemType;

    @Column(nullable = false)
    public String itemKey;

    /** 1, 2, 3… per item; the item's ETag for writes is {@code "rev-<number>"} of its latest revision. */
    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public RevisionAction action;

    /** The item's state after the change. */
    @Column(nullable = false)
    public ItemState state;

    /** The name of the token that made the change, or {@code content-files} for the seed. */
    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    /** The document members this change altered, comma-separated; empty when none did. */
    @Column(nullable = false)
    public String changed;

    @Column(nullable = false)
    public String document;
}
