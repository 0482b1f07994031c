package uk.org.wmca.planforgrowth.webhook;

import java.time.Instant;
import java.util.List;
import uk.org.wmca.planforgrowth.common.ApiException;

/**
 * A rotation was asked for while the previous one's overlap still runs. Rotating again would stop the oldest secret
 * at once, before its subscriber may have switched (a double click, or a retry after a lost answer, would do that).
 */
class RotationUnderWayException extends ApiException {

    RotationUnderWayException(long id, Instant until) {
        super(
                409,
                "Conflict",
                "Webhook " + id + " was rotated lately: its previous secret signs deliveries until " + until
                        + ". End that overlap with DELETE /api/v1/admin/webhooks/" + id
                        + "/previous-secret once the subscriber uses the current secret, then rotate again.",
                List.of());
    }
}
