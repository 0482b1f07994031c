package uk.org.wmca.planforgrowth.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details; the body of every error response.")
public record Problem(
        @Schema(
                description = "Problem type; about:blank means the HTTP status says it all.",
                examples = "about:blank",
                required = true)
        String type,

        @Schema(description = "Short summary of the problem type.", examples = "Not Found", required = true)
        String title,

        @Schema(description = "HTTP status code.", examples = "404", required = true)
        int status,

        @Schema(
                description = "What went wrong with this request, in plain words.",
                examples = "No cluster has the id 'steel'.")
        String detail,

        @Schema(description = "Path of the request that failed.", examples = "/api/v1/clusters/steel")
        String instance,

        @Schema(
                description = "Same as the X-Request-Id response header; quote it when reporting a problem.",
                examples = "5f2b8f0e-8c1d-4a55-9a57-1f0f3c1e2b7a",
                required = true)
        String requestId,

        @Schema(description = "One entry per invalid parameter or field.")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid parameter or field, where it was, and what would have been valid. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Name of the parameter or field.", examples = "size", required = true)
            String name,

            @Schema(
                    description = "Where it was sent.",
                    enumeration = {"query", "path", "header", "body"},
                    examples = "query",
                    required = true)
            String in,

            @Schema(
                    description = "What is wrong with it.",
                    examples = "500 is out of range: size must be a whole number from 1 to 100.",
                    required = true)
            String message,

            @Schema(description = "What would be accepted.") List<String> valid) {

        public static FieldError query(String name, String message, List<String> valid) {
            return new FieldError(name, "query", message, valid);
        }
    }
}
