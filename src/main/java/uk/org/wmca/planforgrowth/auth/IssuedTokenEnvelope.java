package uk.org.wmca.planforgrowth.auth;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.common.Meta;

/**
 * The shape of the 201 body of {@code POST /api/v1/admin/tokens}, {@code Envelope<IssuedTokenView>}, for the OpenAPI
 * document only: the scanner derives a schema from the return type for a 200, not for a 201. Tests validate every
 * response against the document, so this cannot drift from what is sent.
 */
@Schema(name = "EnvelopeIssuedToken")
record IssuedTokenEnvelope(
        @Schema(required = true) IssuedTokenView data,
        @Schema(required = true) Meta meta,

        @Schema(required = true, description = "Links: self.")
        Map<String, String> links) {}
