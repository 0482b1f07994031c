package uk.org.wmca.planforgrowth.common;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every successful JSON response: the content in {@code data}, figures and attribution
 * in {@code meta}, navigation in {@code links}.
 */
public record Envelope<T>(
        @Schema(required = true) T data,
        @Schema(required = true) Meta meta,

        @Schema(required = true, description = "Links: self always; first, prev, next and last on lists.")
        Map<String, String> links) {}
