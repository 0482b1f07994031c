package uk.org.wmca.planforgrowth.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

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

    /** The items of one kind, in file order; the plan as a list of one (null when it is missing). */
    public List<?> items(ItemType type) {
        Object value;
        try {
            value = component(type).getAccessor().invoke(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        if (type.isCollection()) {
            return value == null ? List.of() : (List<?>) value;
        }
        return Collections.singletonList(value);
    }

    /**
     * A document of the items each type has (a single item's type: its first, or none). Each member is named for
     * its type's collection, so this record is the only place the types appear in the file format.
     */
    public static ContentDocument of(Function<ItemType, List<?>> items) {
        RecordComponent[] components = ContentDocument.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            ItemType type = ItemType.fromCollection(components[i].getName()).orElseThrow();
            List<?> list = items.apply(type);
            values[i] = type.isCollection() ? list : list.isEmpty() ? null : list.get(0);
            types[i] = components[i].getType();
        }
        try {
            return ContentDocument.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RecordComponent component(ItemType type) {
        return Arrays.stream(ContentDocument.class.getRecordComponents())
                .filter(c -> c.getName().equals(type.collection()))
                .findFirst()
                .orElseThrow();
    }

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String SLUG_MESSAGE = "must be lower-case letters and digits in words joined by hyphens";
    static final String CERTAINTY = "confirmed|inferred|unconfirmed";
    static final String CERTAINTY_MESSAGE = "must be one of confirmed, inferred, unconfirmed";
    /** Names and places are never unconfirmed: they are published because a source names them. */
    static final String NAMED = "confirmed|inferred";

    static final String NAMED_MESSAGE = "must be confirmed or inferred";

    public record SourceRecord(
            @NotBlank @Size(max = 80) @Pattern(regexp = SLUG, message = SLUG_MESSAGE)
            String id,

            @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 200) String publisher,

            @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
            String url) {}

    public record FactRecord(
            @NotBlank @Size(max = 80) @Pattern(regexp = SLUG, message = SLUG_MESSAGE)
            String id,

            @NotBlank @Size(max = 500) String label,
            @Digits(integer = 20, fraction = 4) BigDecimal value,
            @Digits(integer = 20, fraction = 4) BigDecimal min,
            @Digits(integer = 20, fraction = 4) BigDecimal max,
            @NotBlank @Size(max = 40) String unit,
            @NotBlank @Size(max = 80) String measure,
            @Size(max = 20) String qualifier,
            @Size(max = 200) String period,
            @Min(1900) @Max(2200) Integer horizonYear,
            @NotBlank @Size(max = 200) String geography,

            @NotNull @Pattern(regexp = CERTAINTY, message = CERTAINTY_MESSAGE)
            String status,

            @NotBlank String source,
            List<@NotBlank String> otherSources,
            @Size(max = 2000) String note,
            Boolean planFigure) {

        /** Absent means true: a figure is a Plan for Growth figure unless it says it is background only. */
        public boolean countsAsPlanFigure() {
            return !Boolean.FALSE.equals(planFigure);
        }
    }

    public record PlaceRecord(
            @NotBlank @Size(max = 80) @Pattern(regexp = SLUG, message = SLUG_MESSAGE)
            String slug,

            @NotBlank @Size(max = 200) String name,

            @NotNull @Pattern(regexp = "[EWSN][0-9]{8}", message = "must be an ONS GSS code such as E08000025")
            String gssCode,

            @NotNull
            @Pattern(regexp = "constituent|non-constituent", message = "must be constituent or non-constituent")
            String kind,

            @Size(max = 200) String nameInPlan,

            @NotNull @Pattern(regexp = NAMED, message = NAMED_MESSAGE)
            String status,

            @Size(max = 2000) String note,
            @NotBlank String source) {}

    public record InterventionRecord(
            @NotBlank @Size(max = 80) @Pattern(regexp = SLUG, message = SLUG_MESSAGE)
            String slug,

            @NotBlank @Size(max = 4) String code,
            @Min(1) @Max(10000) int position,
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Size(max = 2000) String summary,
            @Size(max = 8000) String detail,
            List<@NotBlank String> facts,
            List<@NotBlank String> sources) {}

    public record ThemeRecord(
            @NotBlank @Size(max = 80) @Pattern(regexp = SLUG, message = SLUG_MESSAGE)
            String slug,

            @Min(1) @Max(10000) int position,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String formerName,
            @NotBlank @Size(max = 2000) String summary,
            @Size(max = 8000) String detail,
            List<@NotBlank String> interventions,
            List<@NotBlank String> clusters,
            List<@NotBlank String> facts,
            List<@NotBlank String> sources) {}

    public record GrowthRecord(
            String output, String jobs, @Size(max = 2000) String basis) {}

    public record ClusterRecord(
            @NotBlank @Size(max = 80) @Pattern(regexp = SLUG, message = SLUG_MESSAGE)
            String slug,

            @Min(1) @Max(10000) int position,

            @NotNull @Pattern(regexp = "primary|nascent", message = "must be primary or nascent")
            String kind,

            @NotBlank @Size(max = 300) String name,
            @Size(max = 300) String planDocumentName,
            @NotNull Boolean inPlanDocument,

            @NotNull @Pattern(regexp = NAMED, message = NAMED_MESSAGE)
            String nameStatus,

            @Pattern(regexp = NAMED, message = NAMED_MESSAGE)
            String planDocumentNameStatus,

            @Size(max = 2000) String nameNote,
            @NotBlank @Size(max = 2000) String summary,
            @Size(max = 8000) String opportunity,
            @Valid GrowthRecord growth,
            List<@NotBlank String> places,
            @Size(max = 100) List<@NotBlank @Size(max = 1000) String> keyAssets,
            @Size(max = 100) List<@NotBlank @Size(max = 1000) String> leadershipBodies,
            @Size(max = 100) List<@NotBlank @Size(max = 1000) String> priorities,
            List<@NotBlank String> facts,
            List<@NotBlank String> sources) {}

    public record PrincipleRecord(
            @Min(1) @Max(100) int position,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 2000) String summary) {}

    public record SignatoryRecord(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 300) String role) {}

    public record PlanRecord(
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 4000) String summary,
            @NotBlank @Size(max = 4000) String aim,
            @NotBlank @Size(max = 4000) String approach,
            @NotBlank @Size(max = 4000) String governance,
            @NotBlank @Size(max = 4000) String deliveryPartners,
            @NotBlank @Size(max = 200) String publisher,

            @NotNull @Pattern(regexp = "[0-9]{4}-(0[1-9]|1[0-2])", message = "must be a year and month, YYYY-MM")
            String firstPublished,

            @NotBlank String firstPublishedSource,
            @Size(max = 2000) String firstPublishedNote,
            @Size(max = 20) List<@NotNull @Valid SignatoryRecord> forewordSignatories,
            @Size(max = 20) List<@NotNull @Valid PrincipleRecord> principles,
            List<@NotBlank String> headlineFacts,
            List<@NotBlank String> sources) {}
}
