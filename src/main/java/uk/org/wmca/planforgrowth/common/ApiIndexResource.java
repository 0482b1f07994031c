package uk.org.wmca.planforgrowth.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

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
        links.put("plan", "/api/v1/plan");
        links.put("themes", "/api/v1/themes");
        links.put("clusters", "/api/v1/clusters");
        links.put("interventions", "/api/v1/interventions");
        links.put("places", "/api/v1/places");
        links.put("facts", "/api/v1/facts");
        links.put("sources", "/api/v1/sources");
        links.put("search", "/api/v1/search");
        links.put("openapi", "/q/openapi");
        links.put("swaggerUi", "/q/swagger-ui");
        return java.util.Collections.unmodifiableMap(links);
    }
}
