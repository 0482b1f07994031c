package uk.org.wmca.planforgrowth.landing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;
import uk.org.wmca.planforgrowth.common.PublicOrigin;
import uk.org.wmca.planforgrowth.common.QueryParameters;
import uk.org.wmca.planforgrowth.common.Rendered;
import uk.org.wmca.planforgrowth.http.InlineStyles;

/**
 * The landing page at {@code /}: what the API is, where its documentation is, the main endpoints with example calls
 * and a gallery of embed cards with their snippets. A page for people, so not part of the API description.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LandingResource {

    @CheckedTemplate(basePath = "landing")
    static class Templates {
        static native TemplateInstance index(LandingPage.Page page, String css);
    }

    private final LandingPage landing;
    private final PublicOrigin origins;

    LandingResource(LandingPage landing, PublicOrigin origins) {
        this.landing = landing;
        this.origins = origins;
    }

    @GET
    @Operation(hidden = true)
    public RestResponse<Rendered> getLandingPage(@Context UriInfo uri, @Context HttpServerRequest request) {
        QueryParameters.allowOnly(uri, Set.of());
        String origin = origins.of(request);
        String html = Templates.index(landing.build(origin), InlineStyles.text(InlineStyles.LANDING))
                .render();
        return RestResponse.ok(Rendered.html(html, Set.of(), origin));
    }
}
