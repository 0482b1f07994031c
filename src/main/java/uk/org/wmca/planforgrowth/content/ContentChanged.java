package uk.org.wmca.planforgrowth.content;

import java.util.Set;

/**
 * Fired on every instance when it learns of newer content: the API paths of the items that changed, or
 * {@link #EVERYTHING}.
 */
public record ContentChanged(long version, Set<String> paths) {

    public static final String EVERYTHING = "*";

    public boolean everything() {
        return paths.contains(EVERYTHING);
    }
}
