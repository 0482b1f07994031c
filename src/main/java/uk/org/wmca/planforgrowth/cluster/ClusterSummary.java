package uk.org.wmca.planforgrowth.cluster;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.wmca.planforgrowth.common.SelfLink;

/** A cluster as listed: enough to show and link it. */
@Schema(
        name = "ClusterSummary",
        description = "A cluster as it appears in lists; follow links.self for the whole cluster.")
public record ClusterSummary(
        @Schema(examples = "electric-light-vehicles", required = true)
        String slug,

        @Schema(
                description = "Display order: primary clusters first, as on WMCA's page.",
                examples = "8",
                required = true)
        int position,

        @Schema(
                enumeration = {"primary", "nascent"},
                required = true)
        String kind,

        @Schema(description = "Name as on WMCA's newer Plan for Growth page.", required = true)
        String name,

        @Schema(description = "Whether the cluster is one of the 2022 plan document's clusters.", required = true)
        boolean inPlanDocument,

        @Schema(
                description = "inferred when the name could not be seen in a source and is deduced.",
                enumeration = {"confirmed", "inferred"},
                required = true)
        String nameStatus,

        @Schema(required = true) String summary,
        @Schema(required = true) SelfLink links) {

    public static final String PATH = "/api/v1/clusters/";

    public static ClusterSummary from(Cluster cluster) {
        return new ClusterSummary(
                cluster.slug,
                cluster.position,
                cluster.kind.wireName(),
                cluster.name,
                cluster.inPlanDocument,
                cluster.nameStatus.wireName(),
                cluster.summary,
                SelfLink.of(PATH + cluster.slug));
    }
}
