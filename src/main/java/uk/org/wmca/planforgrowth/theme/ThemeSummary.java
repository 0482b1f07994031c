package uk.org.wmca.planforgrowth.theme;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.common.SelfLink;

/** A delivery theme as listed. */
@Schema(name = "ThemeSummary", description = "A delivery theme as it appears in lists.")
public record ThemeSummary(
        @Schema(examples = "skills-for-the-future", required = true)
        String slug,

        @Schema(description = "Order on WMCA's pages.", examples = "5", required = true)
        int position,

        @Schema(description = "Label on WMCA's newer page.", examples = "Skills for the future", required = true)
        String name,

        @Schema(
                description = "Label on the older page and in the plan's foreword.",
                examples = "Skills",
                required = true)
        String formerName,

        @Schema(required = true) String summary,
        @Schema(required = true) SelfLink links) {

    public static final String PATH = "/api/v1/themes/";

    public static ThemeSummary from(Theme theme) {
        return new ThemeSummary(
                theme.slug,
                theme.position,
                theme.name,
                theme.formerName,
                theme.summary,
                SelfLink.of(PATH + theme.slug));
    }
}
