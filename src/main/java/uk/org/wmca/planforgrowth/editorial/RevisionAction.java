package uk.org.wmca.planforgrowth.editorial;

import com.fasterxml.jackson.annotation.JsonValue;
import uk.org.wmca.planforgrowth.common.WireNamed;

/** What a revision did to its item. */
public enum RevisionAction implements WireNamed {
    SEEDED("seeded"),
    CREATED("created"),
    UPDATED("updated"),
    PUBLISHED("published"),
    UNPUBLISHED("unpublished"),
    DELETED("deleted"),
    RESTORED("restored");

    private final String wireName;

    RevisionAction(String wireName) {
        this.wireName = wireName;
    }

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends WireNamed.Converter<RevisionAction> {
        public Converter() {
            super(RevisionAction.class);
        }
    }
}
