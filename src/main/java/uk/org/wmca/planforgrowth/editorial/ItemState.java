package uk.org.wmca.planforgrowth.editorial;

import com.fasterxml.jackson.annotation.JsonValue;
import uk.org.wmca.planforgrowth.common.WireNamed;

/** Where an item stands: only published items are public; drafts are seen by editors; deleted ones keep history. */
public enum ItemState implements WireNamed {
    DRAFT("draft"),
    PUBLISHED("published"),
    DELETED("deleted");

    private final String wireName;

    ItemState(String wireName) {
        this.wireName = wireName;
    }

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends WireNamed.Converter<ItemState> {
        public Converter() {
            super(ItemState.class);
        }
    }
}
