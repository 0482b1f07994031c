package uk.org.wmca.planforgrowth.embed;

import jakarta.enterprise.context.ApplicationScoped;
import uk.org.wmca.planforgrowth.common.ResourceNotFoundException;
import uk.org.wmca.planforgrowth.content.ItemType;

/** Finds the card of a published item by its collection and key, as the JSON reads find them. */
@ApplicationScoped
public class CardLookup {

    /** The card; 404 when nothing is published under that key. */
    public Card find(String collection, String key) {
        ItemType type = ItemType.fromCollection(collection)
                .filter(ItemType::hasCards)
                .orElseThrow(() -> new IllegalArgumentException("No cards of " + collection));
        return type.descriptor()
                .cardView(key)
                .map(Cards::of)
                .orElseThrow(() -> new ResourceNotFoundException(
                        type.wireName(), type.descriptor().cardKeyName(), key));
    }
}
