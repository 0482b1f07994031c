package uk.org.wmca.planforgrowth.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the published content comes from; carried in every response's {@code meta.source}. */
@Schema(name = "Attribution", description = "Attribution of the content's source, on every response.")
public record Attribution(
        @Schema(required = true, examples = "West Midlands Combined Authority")
        String publisher,

        @Schema(required = true, examples = "West Midlands Plan for Growth")
        String title,

        @Schema(required = true, format = "uri") String url,

        @Schema(required = true, description = "How the content relates to the source.")
        String notice) {}
