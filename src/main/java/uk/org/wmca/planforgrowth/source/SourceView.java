package uk.org.wmca.planforgrowth.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.common.SelfLink;

/** A cited publication as the API shows it. */
@Schema(name = "Source", description = "A publication that the content cites.")
public record SourceView(
        @Schema(description = "Stable public id.", examples = "wmca-primary-clusters")
        String id,

        @Schema(description = "Title of the publication or page.")
        String title,

        @Schema(description = "Who published it.", examples = "West Midlands Combined Authority")
        String publisher,

        @Schema(description = "Where to read it.", format = "uri")
        String url,

        SelfLink links) {

    public static final String PATH = "/api/v1/sources/";

    public static SourceView from(Source source) {
        return new SourceView(source.slug, source.title, source.publisher, source.url, SelfLink.of(PATH + source.slug));
    }
}
