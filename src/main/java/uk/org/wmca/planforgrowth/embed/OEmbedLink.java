package uk.org.wmca.planforgrowth.embed;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An oEmbed 1.0 answer of type {@code link}: for the landing page, which has no card to frame. */
@Schema(
        name = "OEmbedLink",
        description = "An oEmbed 1.0 answer (type link) for the landing page: a title and the provider, no HTML.")
@JsonPropertyOrder({"type", "version", "title", "provider_name", "provider_url", "cache_age"})
public record OEmbedLink(
        @Schema(enumeration = "link", required = true) String type,
        @Schema(enumeration = "1.0", required = true) String version,

        @Schema(examples = "Plan for Growth API", required = true)
        String title,

        @JsonProperty("provider_name") @Schema(examples = "Plan for Growth API", required = true)
        String providerName,

        @JsonProperty("provider_url") @Schema(description = "The API's landing page.", format = "uri", required = true)
        String providerUrl,

        @JsonProperty("cache_age")
        @Schema(description = "Seconds a consumer may keep this answer (the landing page's max-age).", required = true)
        int cacheAge) {

    static final String TYPE = "link";
}
