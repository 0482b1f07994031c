package uk.org.wmca.planforgrowth.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The link from an item to its own resource; a path relative to the API's origin. */
@Schema(name = "SelfLink")
public record SelfLink(
        @Schema(
                required = true,
                description = "Path of this item's own resource.",
                examples = "/api/v1/clusters/aerospace")
        String self) {

    public static SelfLink of(String path) {
        return new SelfLink(path);
    }
}
