package uk.org.wmca.planforgrowth.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import uk.org.wmca.planforgrowth.common.Format;
import uk.org.wmca.planforgrowth.common.PageRequest;

/**
 * Describes the query language of a list or item operation in the API description, from its
 * {@link ListDefinition}: every parameter with its type, allowed values, default, limits and an example, and the
 * CSV columns.
 */
public final class ListDocumentation {

    private ListDocumentation() {}

    /** Adds the list parameters (filters, search, sort, fields, include, format, page, size) to an operation. */
    public static void documentList(Operation operation, ListDefinition<?> list) {
        for (ListFilter filter : list.filters().values()) {
            String valid = filter.isReference()
                    ? " Values are keys of the items at " + filter.reference().path() + "; an unknown one is refused."
                    : "";
            operation.addParameter(commaList(
                    filter.name(),
                    filter.description() + " Several values, comma-separated, mean any of them; different filters"
                            + " all apply." + valid,
                    filter.values(),
                    filter.example()));
        }
        operation.addParameter(search(false));
        List<SortKey> defaults = list.defaultSort();
        String defaultOrder = defaults.isEmpty()
                ? "the tie-break"
                : String.join(",", defaults.stream().map(SortKey::toString).toList());
        operation.addParameter(commaList(
                ListQuery.SORT,
                "Order: comma-separated keys, each prefixed with - for descending. Default: " + defaultOrder
                        + ". Items equal on every key are ordered by "
                        + list.tieBreak().replace("e.", "")
                        + ", so pages never overlap or skip. Text is compared ignoring case, accents and"
                        + " punctuation. Empty values come last.",
                list.sortValues(),
                list.sortValues().get(0)));
        Set<String> everyField = FieldPaths.selectable(list.itemType(), list.includes());
        operation.addParameter(commaList(
                ListQuery.FIELDS,
                "Sparse fieldset: the members of each item to return, comma-separated; a dotted path keeps one"
                        + " member of an embedded object or list (places.name). Members of an included relation"
                        + " need include. Anything else is refused. The other members are left out, also those that"
                        + " the item's schema requires: with fields, each item matches the schema's Sparse"
                        + " counterpart (the same members, none required).",
                List.copyOf(everyField),
                everyField.iterator().next()));
        if (!list.includes().isEmpty()) {
            operation.addParameter(commaList(
                    ListQuery.INCLUDE,
                    "Relations to embed in each item, one level deep, comma-separated. Without it lists stay light.",
                    List.copyOf(list.includes()),
                    list.includes().iterator().next()));
        }
        operation.addParameter(query(
                "format",
                "json (the default) or csv. Overrides the Accept header, for links in a browser. CSV is RFC 4180,"
                        + " UTF-8, with a header row; without page and size it holds every matching item. "
                        + ListResponses.LIST_RULE,
                OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("json", "csv")),
                "csv"));
        addPaging(operation);
        operation.addParameter(preview());
    }

    /**
     * {@code preview=true}: for editors, the response as it would be with every draft published. Needs an editor's
     * bearer token (401/403 otherwise); the response is {@code Cache-Control: private, no-store}.
     */
    public static Parameter preview() {
        return query(
                ListQuery.PREVIEW,
                "true shows the response as it would be with every draft published. Editors only: needs an editor's"
                        + " bearer token (401 without one, 403 with another role); the answer is private, no-store.",
                OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN).defaultValue(false),
                true);
    }

    /** Adds the cross-type search's parameters: q (required), type, page and size. */
    public static void documentSearch(Operation operation, List<String> types) {
        operation.addParameter(search(true));
        operation.addParameter(
                commaList("type", "Only hits of these types, comma-separated. Default: every type.", types, "cluster"));
        addPaging(operation);
    }

    private static Parameter search(boolean required) {
        return query(
                        ListQuery.SEARCH,
                        "Search: items with every word of the query at the start of a word of their name, summary"
                                + " or body text, ignoring case and accents (at most " + ListQuery.MAX_SEARCH_TERMS
                                + " words). Without sort, ranked: every word in the name first, then in the name or"
                                + " summary, then anywhere; ties in the default order.",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .minLength(1)
                                .maxLength(ListQuery.MAX_SEARCH_LENGTH),
                        "battery")
                .required(required);
    }

    private static void addPaging(Operation operation) {
        operation.addParameter(query(
                "page",
                "Page number, from 1. A page past the last is refused with 400.",
                OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER)
                        .minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(Integer.MAX_VALUE))
                        .defaultValue(1),
                1));
        operation.addParameter(query(
                "size",
                "Items per page, from 1 to " + PageRequest.MAX_SIZE + ". Out of range is refused with 400, never"
                        + " clamped.",
                OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER)
                        .minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(PageRequest.MAX_SIZE))
                        .defaultValue(PageRequest.DEFAULT_SIZE),
                PageRequest.DEFAULT_SIZE));
    }

    /** Adds {@code fields} (and {@code include} where offered) to an item operation. */
    public static void documentItem(Operation operation, ListDefinition<?> list) {
        operation.addParameter(commaList(
                ListQuery.FIELDS,
                "Sparse fieldset: the members to return, comma-separated; a dotted path keeps one member of an"
                        + " embedded object or list (places.name). Anything else is refused. The other members are left"
                        + " out, also those that the schema requires: with fields, data matches the schema's Sparse"
                        + " counterpart (the same members, none required).",
                List.copyOf(FieldPaths.selectable(list.viewType(), list.detailIncludes())),
                FieldPaths.selectable(list.viewType(), list.detailIncludes())
                        .iterator()
                        .next()));
        if (!list.detailIncludes().isEmpty()) {
            operation.addParameter(commaList(
                    ListQuery.INCLUDE,
                    "Relations to embed that the item does not carry by default, comma-separated.",
                    List.copyOf(list.detailIncludes()),
                    list.detailIncludes().iterator().next()));
        }
        if (list.itemFormats().size() > 1) {
            operation.addParameter(query(
                    "format",
                    "json (the default) or fragment: the item's HTML card, the <article class=\"pfg-card\"> that"
                            + " /embed/" + list.collection() + "/… frames, with its <style>, for server-side includes."
                            + " Overrides the Accept header (Accept: text/html asks for the card too). The card"
                            + " takes no fields or include.",
                    OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)
                            .enumeration(new ArrayList<>(Format.wireNames(list.itemFormats()))),
                    "fragment"));
        }
        operation.addParameter(preview());
    }

    /** The CSV columns of a list, in order, without and with each relation included. */
    public static String csvColumns(ListDefinition<?> list) {
        List<String> base = FieldPaths.leaves(list.itemType(), Set.of());
        StringBuilder text = new StringBuilder("CSV columns, in this order: ")
                .append(String.join(", ", base))
                .append('.');
        for (String relation : list.includes()) {
            List<String> extra =
                    new ArrayList<>(FieldPaths.leaves(list.itemType(), new LinkedHashSet<>(List.of(relation))));
            extra.removeAll(base);
            text.append(" With include=")
                    .append(relation)
                    .append(", after them: ")
                    .append(String.join(", ", extra))
                    .append('.');
        }
        return text.append(" An absent or null value is an empty cell. ")
                .append(ListResponses.LIST_RULE)
                .append(" fields keeps only the columns it names.")
                .toString();
    }

    private static Parameter commaList(String name, String rawDescription, List<String> values, String example) {
        String description = rawDescription + " The list may also be sent as the parameter repeated (" + name + "=a&"
                + name + "=b, what generated clients send for an array by default); both forms mean the same.";
        Schema items = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        if (!values.isEmpty()) {
            items.enumeration(new ArrayList<>(values));
        }
        return OASFactory.createParameter()
                .name(name)
                .in(Parameter.In.QUERY)
                .required(false)
                .description(description)
                .style(Parameter.Style.FORM)
                .explode(false)
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.ARRAY)
                        .minItems(1)
                        .uniqueItems(true)
                        .items(items))
                .example(List.of(example));
    }

    private static Parameter query(String name, String description, Schema schema, Object example) {
        return OASFactory.createParameter()
                .name(name)
                .in(Parameter.In.QUERY)
                .required(false)
                .description(description)
                .schema(schema)
                .example(example);
    }
}
