package uk.org.wmca.planforgrowth.changes;

import java.util.List;
import uk.org.wmca.planforgrowth.common.ApiException;

/** A cursor the feed can no longer answer from: compacted away, or ahead of this feed. */
public class FeedGoneException extends ApiException {

    public FeedGoneException(String detail) {
        super(410, "Gone", detail, List.of());
    }
}
