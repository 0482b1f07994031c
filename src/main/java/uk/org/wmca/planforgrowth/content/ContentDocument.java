package uk.org.wmca.planforgrowth.content;

import java.math.BigDecimal;
import java.util.List;

/**
 * The whole content in its file format: what {@code src/main/resources/content/*.json} holds, one file per
 * member. Items refer to each other by public id or slug.
 */
public record ContentDocument(
        PlanRecord plan,
        List<SourceRecord> sources,
        List<FactRecord> facts,
        List<PlaceRecord> places,
        List<InterventionRecord> interventions,
        List<ThemeRecord> themes,
        List<ClusterRecord> clusters) {

    public record SourceRecord(String id, String title, String publisher, String url) {}

    public record FactRecord(
            String id,
            String label,
            BigDecimal value,
            BigDecimal min,
            BigDecimal max,
            String unit,
            String measure,
            String qualifier,
            String period,
            Integer horizonYear,
            String geography,
            String status,
            String source,
            String note) {}

    public record PlaceRecord(
            String slug,
            String name,
            String gssCode,
            String kind,
            String nameInPlan,
            String status,
            String note,
            String source) {}

    public record InterventionRecord(
            String slug,
            String code,
            int position,
            String name,
            String summary,
            String detail,
            List<String> facts,
            List<String> sources) {}

    public record ThemeRecord(
            String slug,
            int position,
            String name,
            String formerName,
            String summary,
            String detail,
            List<String> interventions,
            List<String> clusters,
            List<String> facts,
            List<String> sources) {}

    public record GrowthRecord(String output, String jobs, String basis) {}

    public record ClusterRecord(
            String slug,
            int position,
            String kind,
            String name,
            String planDocumentName,
            boolean inPlanDocument,
            String nameStatus,
            String nameNote,
            String summary,
            String opportunity,
            GrowthRecord growth,
            List<String> places,
            List<String> keyAssets,
            List<String> leadershipBodies,
            List<String> priorities,
            List<String> facts,
            List<String> sources) {}

    public record PrincipleRecord(int position, String name, String summary) {}

    public record PlanRecord(
            String title,
            String summary,
            String aim,
            String approach,
            String governance,
            String deliveryPartners,
            String publisher,
            String firstPublished,
            String firstPublishedSource,
            String firstPublishedNote,
            List<PrincipleRecord> principles,
            List<String> headlineFacts,
            List<String> sources) {}
}
