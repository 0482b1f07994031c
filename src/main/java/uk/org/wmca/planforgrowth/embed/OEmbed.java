package uk.org.wmca.planforgrowth.embed;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An oEmbed 1.0 answer of type {@code rich}: the iframe snippet that frames a card, with its size. */
@Schema(name = "OEmbed", description = "An oEmbed 1.0 answer (type rich): the HTML that frames an embed card.")
@JsonPropertyOrder({"type", "version", "title", "provider_name", "provider_url", "html", "width", "height", "cache_age"
})
public record OEmbed(
        @Schema(enumeration = "rich", required = true) String type,
        @Schema(enumeration = "1.0", required = true) String version,

        @Schema(description = "Name of the item the card shows.", required = true)
        String title,

        @JsonProperty("provider_name") @Schema(examples = "Plan for Growth API", required = true)
        String providerName,

        @JsonProperty("provider_url") @Schema(description = "The API's landing page.", format = "uri", required = true)
        String providerUrl,

        @Schema(
                description =
                        "An <iframe> of the card's page (absolute src, width, height, title, loading=lazy, no border).",
                required = true)
        String html,

        @Schema(description = "Width of the iframe in CSS pixels: 480, or maxwidth if smaller.", required = true)
        int width,

        @Schema(description = "Height of the iframe in CSS pixels: at most maxheight.", required = true)
        int height,

        @JsonProperty("cache_age")
        @Schema(description = "Seconds a consumer may keep this answer (the card's max-age).", required = true)
        int cacheAge) {

    static final String TYPE = "rich";
    static final String VERSION = "1.0";
    static final String PROVIDER_NAME = "Plan for Growth API";
}
