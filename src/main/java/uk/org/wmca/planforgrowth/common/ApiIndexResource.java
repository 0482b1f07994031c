package uk.org.wmca.planforgrowth.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.search.SearchResource;

/** The API's front door: where each collection and the documentation live. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API")
@SecurityRequirements
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class ApiIndexResource {

    private static final Map<String, String> RESOURCES = resources();

    private final Envelopes envelopes;

    ApiIndexResource(Envelopes envelopes) {
        this.envelopes = envelopes;
    }

    @GET
    @Operation(
            summary = "API index",
            description = "Links to every collection of the API, the OpenAPI document and Swagger UI.")
    @APIResponse(responseCode = "200", description = "Links to the API's resources.")
    public RestResponse<Envelope<Map<String, String>>> getIndex(@Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        return envelopes.item(RESOURCES, uri.getPath());
    }

    private static Map<String, String> resources() {
        Map<String, String> links = new LinkedHashMap<>();
        // the plan, then the broadest collections first: the registry's dependency order, reversed
        List<ItemType> types = new ArrayList<>(List.of(ItemType.values()));
        Collections.reverse(types);
        types.forEach(type -> links.put(type.collection(), type.collectionPath()));
        links.put("search", SearchResource.PATH);
        links.put("openapi", "/q/openapi");
        links.put("swaggerUi", "/q/swagger-ui");
        return Collections.unmodifiableMap(links);
    }
}
