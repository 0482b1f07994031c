package uk.org.wmca.planforgrowth.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The {@code meta} member of every response: paging figures for lists, and the attribution. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Meta")
public record Meta(
        @Schema(description = "Page number, from 1 (lists only).", examples = "1")
        Integer page,

        @Schema(description = "Page size asked for (lists only).", examples = "20")
        Integer size,

        @Schema(description = "Number of items across all pages (lists only).", examples = "13")
        Long total,

        @Schema(description = "Number of pages (lists only); 0 when there are no items.", examples = "1")
        Integer totalPages,

        @Schema(required = true) Attribution source) {

    public static Meta of(Attribution source) {
        return new Meta(null, null, null, null, source);
    }
}
