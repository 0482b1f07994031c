package uk.org.wmca.planforgrowth.intervention;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.common.SelfLink;

/** An intervention as listed or linked from a theme. */
@Schema(name = "InterventionSummary", description = "An intervention as it appears in lists and inside themes.")
public record InterventionSummary(
        @Schema(examples = "early-growth-fund", required = true)
        String slug,

        @Schema(description = "Stable letter of the intervention.", examples = "D", required = true)
        String code,

        @Schema(examples = "4", required = true) int position,

        @Schema(examples = "Early Growth Fund", required = true)
        String name,

        @Schema(required = true) String summary,
        @Schema(required = true) SelfLink links) {

    public static final String PATH = "/api/v1/interventions/";

    public static InterventionSummary from(Intervention intervention) {
        return new InterventionSummary(
                intervention.slug,
                intervention.code,
                intervention.position,
                intervention.name,
                intervention.summary,
                SelfLink.of(PATH + intervention.slug));
    }
}
