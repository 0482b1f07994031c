package uk.org.wmca.planforgrowth.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.jboss.resteasy.reactive.RestResponse;
import uk.org.wmca.planforgrowth.common.CsvDocument;
import uk.org.wmca.planforgrowth.common.Envelope;
import uk.org.wmca.planforgrowth.common.Envelopes;
import uk.org.wmca.planforgrowth.common.Format;
import uk.org.wmca.planforgrowth.common.InvalidParameterException;
import uk.org.wmca.planforgrowth.common.PageResult;
import uk.org.wmca.planforgrowth.common.Problem;

/**
 * Answers a list or item request in the form asked for: the JSON envelope with only the fields asked for, or CSV
 * with one column per published value in a fixed order.
 *
 * <p>CSV columns are the item's members in the order of the JSON, nested members named with dots
 * ({@code links.self}, {@code places.name}); an absent or null value is an empty cell. The column of a member of an
 * embedded list holds one value per item, in the items' order, joined by {@value #JOINER}, so that the columns of one
 * list split into lists of equal length that line up item by item: a null value keeps its place as {@value
 * #NULL_VALUE}, a backslash or semicolon in a value is escaped with a backslash, and an empty list is an empty cell.
 */
@ApplicationScoped
public class ListResponses {

    /** What joins the values of a list in one CSV cell. */
    public static final String JOINER = "; ";

    /** What stands for a null value in an embedded list (the null of PostgreSQL's COPY text format). */
    public static final String NULL_VALUE = "\\N";

    /** How a reader splits an embedded list's cell into its values; the spec and docs/api-guide.md say the same in words. */
    public static final String LIST_RULE = "The column of a member of an embedded list (facts.value, places.name)"
            + " holds one value per item, in the items' order, joined by '" + JOINER + "'. To read it: an empty cell"
            + " is an empty list; otherwise read left to right, where an unescaped '" + JOINER + "' ends a value and a"
            + " backslash makes the character after it literal (\\; is ;, \\\\ is \\); a value written exactly "
            + NULL_VALUE + " is null. So the columns of one embedded list split into lists of the same length that"
            + " line up item by item. A list inside an embedded item (facts.otherSources.id) is that item's one value:"
            + " its members joined by the same rule, then escaped as one value.";

    private final Envelopes envelopes;
    private final ObjectMapper mapper;
    private final CsvMapper csv = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    ListResponses(Envelopes envelopes, ObjectMapper mapper) {
        this.envelopes = envelopes;
        // Trees keep numbers exactly as written (40, not 4E+1), as the envelope's own rendering does.
        this.mapper = mapper.copy().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    }

    /** The format of the answer: {@code format=} if given, else the Accept header. */
    public Format format(ListQuery query, HttpHeaders headers) {
        Format format = query.format().orElseGet(() -> Format.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT)));
        if (format == null) {
            throw new NotAcceptableException();
        }
        return format;
    }

    /**
     * The format of one item's answer: {@code format=} if given, else the Accept header among the formats the item
     * is published in. An HTML card takes no {@code fields} or {@code include}: they shape JSON only.
     */
    public Format itemFormat(ListDefinition<?> definition, ListQuery query, HttpHeaders headers) {
        Format format = query.format()
                .orElseGet(
                        () -> Format.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT), definition.itemFormats()));
        if (format == null) {
            throw new NotAcceptableException();
        }
        if (format == Format.HTML) {
            List<Problem.FieldError> errors = new ArrayList<>();
            if (query.fieldsRaw() != null) {
                errors.add(jsonOnly(ListQuery.FIELDS));
            }
            if (!query.include().isEmpty()) {
                errors.add(jsonOnly(ListQuery.INCLUDE));
            }
            if (!errors.isEmpty()) {
                throw new InvalidParameterException(errors);
            }
        }
        return format;
    }

    private static Problem.FieldError jsonOnly(String name) {
        return Problem.FieldError.query(
                name,
                "Parameter '" + name + "' shapes the JSON of an item; the HTML card (Accept: text/html or"
                        + " format=fragment) takes none. Leave it out, or ask for JSON.",
                List.of());
    }

    /** A page of a list, or the whole of it as CSV when no page was asked for. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> RestResponse<Envelope<List<T>>> list(
            ListDefinition<?> definition, ListQuery query, PageResult<T> page, Format format, String path) {
        if (format == Format.CSV) {
            RestResponse.ResponseBuilder<CsvDocument> csvResponse = RestResponse.ResponseBuilder.ok(
                            new CsvDocument(csv(definition, query, page.items()), definition.collection() + ".csv"),
                            Format.CSV_CONTENT_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + definition.collection() + ".csv\"");
            if (query.page().isPresent()) {
                RestResponse<Envelope<List<T>>> paged = envelopes.page(page, path, query.linkParameters());
                csvResponse.header("Link", paged.getHeaderString("Link"));
            }
            // The CSV document stands in for the envelope; the filter that renders it knows both.
            return (RestResponse) csvResponse.build();
        }
        if (query.fields().isAll()) {
            return envelopes.page(page, path, query.linkParameters());
        }
        // Sparse fieldsets: the items as JSON trees with only the members asked for.
        PageResult<JsonNode> sparse = page.map(item -> query.fields().apply(mapper.valueToTree(item)));
        return (RestResponse) envelopes.page(sparse, path, query.linkParameters());
    }

    /** One item, with only the fields asked for. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> RestResponse<Envelope<T>> item(T view, ListQuery query, String path) {
        if (query.fields().isAll()) {
            return envelopes.item(view, path);
        }
        return (RestResponse) envelopes.item(query.fields().apply(mapper.valueToTree(view)), path);
    }

    /** The CSV columns of a list for a query: its published values, those kept by {@code fields}, in order. */
    public static List<String> columns(ListDefinition<?> definition, ListQuery query) {
        return FieldPaths.leaves(definition.itemType(), query.include()).stream()
                .filter(query.fields()::keeps)
                .toList();
    }

    private byte[] csv(ListDefinition<?> definition, ListQuery query, List<?> items) {
        List<String> columns = columns(definition, query);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        columns.forEach(schema::addColumn);
        List<List<String>> rows = new ArrayList<>(items.size());
        for (Object item : items) {
            JsonNode tree = mapper.valueToTree(item);
            List<String> row = new ArrayList<>(columns.size());
            for (String column : columns) {
                row.add(cell(tree, column.split("\\."), 0));
            }
            rows.add(row);
        }
        try {
            return csv.writer(schema.build()).writeValueAsBytes(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write CSV", e);
        }
    }

    /** The text of one cell: the value at a path, with the values of lists on the way joined; empty for none. */
    private static String cell(JsonNode node, String[] path, int depth) {
        String value = value(node, path, depth);
        return value == null ? "" : value;
    }

    /** The value at a path, or null; an embedded list's values joined by the {@link #LIST_RULE}, null if empty. */
    private static String value(JsonNode node, String[] path, int depth) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isArray()) {
            if (node.isEmpty()) {
                return null;
            }
            StringJoiner values = new StringJoiner(JOINER);
            node.forEach(element -> {
                String value = value(element, path, depth);
                values.add(value == null ? NULL_VALUE : escape(value));
            });
            return values.toString();
        }
        if (depth == path.length) {
            if (node.isNumber()) {
                return node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText();
            }
            return CsvDocument.neutralise(node.asText());
        }
        return value(node.get(path[depth]), path, depth + 1);
    }

    /** One value of an embedded list with its backslashes and semicolons escaped, so that splitting cannot cut it. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;");
    }
}
