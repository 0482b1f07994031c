package uk.org.wmca.planforgrowth.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads published items back into their document format through each type's {@link ContentType#export}, the inverse
 * of {@link ContentWriter}: what an editor starts from, what a revision records, and what an export holds.
 */
@ApplicationScoped
public class ContentExporter {

    private final ContentWriter writer;

    ContentExporter(ContentWriter writer) {
        this.writer = writer;
    }

    /** The published item's document, if the item is published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Object> document(ItemType type, String key) {
        return writer.find(type, key).map(type.untyped()::export);
    }

    /** The whole published content as one document in the content-file format, items in the order they were written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ContentDocument exportAll() {
        return ContentDocument.of(
                type -> writer.all(type).stream().map(type.untyped()::export).toList());
    }

    /** A number as written, without the database's trailing zeros (11200, not 11200.0000). */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
