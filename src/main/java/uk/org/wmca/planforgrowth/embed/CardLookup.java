package uk.org.wmca.planforgrowth.embed;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import uk.org.wmca.planforgrowth.common.Format;
import uk.org.wmca.planforgrowth.common.ResourceNotFoundException;
import uk.org.wmca.planforgrowth.content.ItemType;

/** Finds the card of a published item by its collection and key, as the JSON reads find them. */
@ApplicationScoped
public class CardLookup {

    /** The types whose lists say their items have cards, at {@code /embed/<collection>/<key>}. */
    public static final List<ItemType> CARDED = Arrays.stream(ItemType.values())
            .filter(type -> type.descriptor()
                    .list()
                    .filter(list -> list.itemFormats().contains(Format.HTML))
                    .isPresent())
            .toList();

    /** The card; 404 when nothing is published under that key. */
    public Card find(String collection, String key) {
        ItemType type = ItemType.fromCollection(collection)
                .filter(CARDED::contains)
                .orElseThrow(() -> new IllegalArgumentException("No cards of " + collection));
        return type.descriptor()
                .cardView(key)
                .map(Cards::of)
                .orElseThrow(() -> new ResourceNotFoundException(
                        type.wireName(), type.descriptor().cardKeyName(), key));
    }
}
