package uk.org.wmca.planforgrowth.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.Iterator;
import uk.org.wmca.planforgrowth.content.ItemType;

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

    /**
     * The document's other unique key, if its type has one: a place's GSS code, an intervention's code. Unique per
     * item type in the database (draft_secondary_key_unique), so that of two drafts written at once with the same
     * code only one commits; null for every other type. Set with {@link #setDocument}.
     */
    @Column(length = 200)
    public String secondaryKey;

    @Column(nullable = false)
    public OffsetDateTime updatedAt;

    @Column(nullable = false)
    public String updatedBy;

    /** Sets the document (as JSON) and the secondary key taken from it. */
    public void setDocument(Object record, String json) {
        document = json;
        secondaryKey = secondaryKeyOf(record);
    }

    /**
     * The value of the document's first unique member besides its key, as its type's descriptor names it (a place's
     * GSS code, an intervention's code); null for a type without one, or a document that is none of the registry's.
     */
    public static String secondaryKeyOf(Object record) {
        for (ItemType type : ItemType.values()) {
            if (type.recordType().isInstance(record)) {
                Iterator<Object> values =
                        type.untyped().uniqueValues(record).values().iterator();
                Object value = values.hasNext() ? values.next() : null; // a value may be null
                return value == null ? null : value.toString();
            }
        }
        return null;
    }
}
