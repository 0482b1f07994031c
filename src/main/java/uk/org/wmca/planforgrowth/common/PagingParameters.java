package uk.org.wmca.planforgrowth.common;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The {@code page} and {@code size} query parameters of every list, bound as text so that a malformed value is a
 * 400 naming the parameter rather than a framework error.
 */
public class PagingParameters {

    public static final String PAGE = "page";
    public static final String SIZE = "size";

    @RestQuery
    @Parameter(
            name = PAGE,
            description = "Page number, from 1. A page past the last is refused with 400.",
            example = "1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "2147483647", defaultValue = "1"))
    public String page;

    @RestQuery
    @Parameter(
            name = SIZE,
            description = "Items per page, from 1 to 100. Out of range is refused with 400, never clamped.",
            example = "20",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    public String size;

    public PageRequest toRequest() {
        return PageRequest.parse(page, size);
    }
}
