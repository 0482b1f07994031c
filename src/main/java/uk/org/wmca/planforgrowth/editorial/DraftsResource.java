package uk.org.wmca.planforgrowth.editorial;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import uk.org.wmca.planforgrowth.common.Envelope;
import uk.org.wmca.planforgrowth.common.Envelopes;
import uk.org.wmca.planforgrowth.common.OpenApiDefinition;
import uk.org.wmca.planforgrowth.common.QueryParameters;

/** What is waiting to be published, across every content type. */
@Path(DraftsResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editing")
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class DraftsResource {

    static final String PATH = "/api/v1/drafts";

    private final EditorialService editorial;
    private final Envelopes envelopes;

    DraftsResource(EditorialService editorial, Envelopes envelopes) {
        this.editorial = editorial;
        this.envelopes = envelopes;
    }

    @GET
    @RolesAllowed("editor")
    @Operation(
            summary = "List the drafts",
            description =
                    "Every item with a draft: new items, unpublished ones, and published items with edits not yet published, in the order they can be published (sources first, the plan last). Needs an editor token.")
    @APIResponse(responseCode = "200", description = "The items with drafts.")
    public RestResponse<Envelope<List<EditorialItem>>> listDrafts(@Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        return RestResponse.ResponseBuilder.ok(envelopes.envelope(editorial.pending(), PATH))
                .header("Cache-Control", "no-store")
                .build();
    }
}
