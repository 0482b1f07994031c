package uk.org.wmca.planforgrowth.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.common.SelfLink;

/** One item found by the cross-type search. */
@Schema(name = "SearchHit", description = "An item of any type that matches a search, with where it matched.")
public record SearchHit(
        @Schema(
                description = "Type of the item.",
                enumeration = {"theme", "cluster", "intervention", "place", "fact", "source"},
                examples = "cluster",
                required = true)
        String type,

        @Schema(
                description = "The item's key: slug, or id for facts and sources.",
                examples = "electric-light-vehicles",
                required = true)
        String id,

        @Schema(description = "Its name, label or title.", required = true)
        String title,

        @Schema(
                description = "Which text matched best: name (every word in the name), summary or body.",
                enumeration = {"name", "summary", "body"},
                required = true)
        String matchedIn,

        @Schema(description = "Plain-text extract around the first match.", required = true)
        String snippet,

        @Schema(required = true) SelfLink links) {}
