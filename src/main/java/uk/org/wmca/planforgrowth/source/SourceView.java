package uk.org.wmca.planforgrowth.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.common.SelfLink;
import uk.org.wmca.planforgrowth.fact.FactView;
import uk.org.wmca.planforgrowth.query.Included;

/** A cited publication as the API shows it. */
@Schema(name = "Source", description = "A publication that the content cites.")
public record SourceView(
        @Schema(required = true, description = "Stable public id.", examples = "wmca-primary-clusters")
        String id,

        @Schema(required = true, description = "Title of the publication or page.")
        String title,

        @Schema(required = true, description = "Who published it.", examples = "West Midlands Combined Authority")
        String publisher,

        @Schema(required = true, description = "Where to read it.", format = "uri")
        String url,

        @Schema(required = true) SelfLink links,

        @Included
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Figures that cite the source. Only with include=facts.")
        List<FactView> facts) {

    public static final String PATH = "/api/v1/sources/";

    public static SourceView from(Source source) {
        return from(source, Set.of());
    }

    /** The source with the relations named in {@code include}. */
    public static SourceView from(Source source, Set<String> include) {
        return new SourceView(
                source.slug,
                source.title,
                source.publisher,
                source.url,
                SelfLink.of(PATH + source.slug),
                include.contains("facts")
                        ? source.facts.stream().map(FactView::from).toList()
                        : null);
    }
}
