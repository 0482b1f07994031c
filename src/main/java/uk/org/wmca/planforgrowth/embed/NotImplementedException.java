package uk.org.wmca.planforgrowth.embed;

import java.util.List;
import uk.org.wmca.planforgrowth.common.ApiException;

/** A request for something the oEmbed specification lets a provider decline with 501: its XML format. */
class NotImplementedException extends ApiException {

    NotImplementedException(String detail) {
        super(501, "Not Implemented", detail, List.of());
    }
}
