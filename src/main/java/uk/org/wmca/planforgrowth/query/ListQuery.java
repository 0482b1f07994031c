package uk.org.wmca.planforgrowth.query;

import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.org.wmca.planforgrowth.common.Format;
import uk.org.wmca.planforgrowth.common.InvalidParameterException;
import uk.org.wmca.planforgrowth.common.PageRequest;
import uk.org.wmca.planforgrowth.common.Problem;
import uk.org.wmca.planforgrowth.common.QueryParameters;

/**
 * A list request as parsed and checked against its {@link ListDefinition}: filters, search, sort, fields, include,
 * paging and format. Parsing collects every problem, so that one 400 names them all; nothing is clamped or ignored.
 *
 * @param filters the values of each filter given, as written (in the definition's order)
 * @param search the search as written, or null
 * @param terms the normalised words of the search; empty without one
 * @param sort the sort asked for; empty for the default order
 * @param include the relations to include, in the order asked
 * @param fields the members to keep
 * @param fieldsRaw the fields parameter as written, or null
 * @param page the page asked for; empty when neither page nor size is given
 * @param format the format given by {@code format=}; empty to negotiate with Accept
 * @param preview whether an editor asked to see drafts ({@code preview=true})
 */
public record ListQuery(
        Map<String, List<String>> filters,
        String search,
        List<String> terms,
        List<SortKey> sort,
        Set<String> include,
        FieldSelection fields,
        String fieldsRaw,
        Optional<PageRequest> page,
        Optional<Format> format,
        boolean preview) {

    public static final String PREVIEW = "preview";
    public static final String SORT = "sort";
    public static final String SEARCH = "q";
    public static final String FIELDS = "fields";
    public static final String INCLUDE = "include";
    public static final int MAX_SEARCH_LENGTH = 200;
    public static final int MAX_SEARCH_TERMS = 10;

    /** Parses the query string of a list request. */
    public static ListQuery parseList(UriInfo uri, ListDefinition<?> definition) {
        Set<String> allowed = new LinkedHashSet<>(definition.filters().keySet());
        allowed.addAll(List.of(SEARCH, SORT, FIELDS, PageRequest.PAGE, PageRequest.SIZE, Format.PARAMETER, PREVIEW));
        if (!definition.includes().isEmpty()) {
            allowed.add(INCLUDE);
        }
        Set<String> listValued = new LinkedHashSet<>(definition.filters().keySet());
        listValued.addAll(List.of(SORT, FIELDS, INCLUDE));
        QueryParameters.allowOnly(uri, allowed, listValued);
        Map<String, List<String>> parameters = QueryParameters.of(uri);
        List<Problem.FieldError> errors = new ArrayList<>();

        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (ListFilter filter : definition.filters().values()) {
            String raw = QueryParameters.joined(parameters, filter.name());
            if (raw != null) {
                List<String> values = split(filter.name(), raw, errors);
                if (!filter.isReference()) {
                    for (String value : values) {
                        if (!filter.values().contains(value)) {
                            errors.add(Problem.FieldError.query(
                                    filter.name(),
                                    "'" + value + "' is not a valid " + filter.name() + ". Valid values: "
                                            + String.join(", ", filter.values()) + ".",
                                    filter.values()));
                        }
                    }
                }
                filters.put(filter.name(), values);
            }
        }

        String search = QueryParameters.first(parameters, SEARCH);
        List<String> terms = search == null ? List.of() : parseSearch(search, errors);
        List<SortKey> sort = parseSort(QueryParameters.joined(parameters, SORT), definition, errors);
        Set<String> include =
                parseInclude(QueryParameters.joined(parameters, INCLUDE), definition.includes(), "this list", errors);
        String fieldsRaw = QueryParameters.joined(parameters, FIELDS);
        FieldSelection fields = parseFields(fieldsRaw, definition.itemType(), include, definition, errors);

        Optional<PageRequest> page = Optional.empty();
        String rawPage = QueryParameters.first(parameters, PageRequest.PAGE);
        String rawSize = QueryParameters.first(parameters, PageRequest.SIZE);
        if (rawPage != null || rawSize != null) {
            try {
                page = Optional.of(PageRequest.parse(rawPage, rawSize));
            } catch (InvalidParameterException e) {
                errors.addAll(e.errors());
            }
        }
        Optional<Format> format =
                parseFormat(QueryParameters.first(parameters, Format.PARAMETER), Format.LIST_FORMATS, errors);
        boolean preview = parsePreview(parameters, errors);
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        return new ListQuery(filters, search, terms, sort, include, fields, fieldsRaw, page, format, preview);
    }

    /**
     * Parses the query string of a request for one item: {@code fields}, {@code include} where offered, and
     * {@code format} where the item is also published as an HTML card.
     */
    public static ListQuery parseItem(UriInfo uri, ListDefinition<?> definition) {
        Set<String> detailIncludes = definition.detailIncludes();
        Set<String> allowed = new LinkedHashSet<>(List.of(FIELDS, PREVIEW));
        if (!detailIncludes.isEmpty()) {
            allowed.add(INCLUDE);
        }
        List<Format> formats = definition.itemFormats();
        if (formats.size() > 1) {
            allowed.add(Format.PARAMETER);
        }
        QueryParameters.allowOnly(uri, allowed, Set.of(FIELDS, INCLUDE));
        Map<String, List<String>> parameters = QueryParameters.of(uri);
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> include =
                parseInclude(QueryParameters.joined(parameters, INCLUDE), detailIncludes, "this item", errors);
        String fieldsRaw = QueryParameters.joined(parameters, FIELDS);
        FieldSelection fields = parseFields(fieldsRaw, definition.viewType(), include, null, errors);
        Optional<Format> format = parseFormat(QueryParameters.first(parameters, Format.PARAMETER), formats, errors);
        boolean preview = parsePreview(parameters, errors);
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        return new ListQuery(
                Map.of(), null, List.of(), List.of(), include, fields, fieldsRaw, Optional.empty(), format, preview);
    }

    private static Optional<Format> parseFormat(String raw, List<Format> formats, List<Problem.FieldError> errors) {
        if (raw == null) {
            return Optional.empty();
        }
        List<String> valid = Format.wireNames(formats);
        if (valid.contains(raw)) {
            return Optional.of(Format.fromWireName(raw));
        }
        errors.add(Problem.FieldError.query(
                Format.PARAMETER,
                "'" + raw + "' is not a valid format. Valid values: " + String.join(", ", valid) + ".",
                valid));
        return Optional.empty();
    }

    /**
     * {@code preview=true} asks for drafts as they would be published (editors only); {@code false} is the
     * default.
     */
    public static boolean parsePreview(Map<String, List<String>> parameters, List<Problem.FieldError> errors) {
        String raw = QueryParameters.first(parameters, PREVIEW);
        if (raw == null || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        errors.add(Problem.FieldError.query(
                PREVIEW, "'" + raw + "' is not a valid preview. Valid values: true, false.", List.of("true", "false")));
        return false;
    }

    /** A search alone, as the cross-type search takes it. */
    public static ListQuery parseSearch(String search) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> terms = parseSearch(search, errors);
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        return new ListQuery(
                Map.of(),
                search,
                terms,
                List.of(),
                Set.of(),
                FieldSelection.all(),
                null,
                Optional.empty(),
                Optional.empty(),
                false);
    }

    /** The parameters that every link of the list repeats (all but page and size), in a fixed order. */
    public Map<String, String> linkParameters() {
        Map<String, String> repeated = new LinkedHashMap<>();
        filters.forEach((name, values) -> repeated.put(name, String.join(",", values)));
        repeated.put(SEARCH, search);
        repeated.put(
                SORT,
                sort.isEmpty()
                        ? null
                        : String.join(",", sort.stream().map(SortKey::toString).toList()));
        repeated.put(INCLUDE, include.isEmpty() ? null : String.join(",", include));
        repeated.put(FIELDS, fieldsRaw);
        repeated.put(Format.PARAMETER, format.map(Format::wireName).orElse(null));
        return repeated;
    }

    private static List<String> split(String name, String raw, List<Problem.FieldError> errors) {
        Set<String> values = new LinkedHashSet<>();
        for (String token : raw.split(",", -1)) {
            String value = token.trim();
            if (value.isEmpty()) {
                errors.add(Problem.FieldError.query(
                        name, "Parameter '" + name + "' has an empty item in '" + raw + "'.", List.of()));
                return List.of();
            }
            values.add(value);
        }
        return List.copyOf(values);
    }

    private static List<String> parseSearch(String search, List<Problem.FieldError> errors) {
        if (search.length() > MAX_SEARCH_LENGTH) {
            errors.add(Problem.FieldError.query(
                    SEARCH,
                    "The search is " + search.length() + " characters long; at most " + MAX_SEARCH_LENGTH
                            + " are allowed.",
                    List.of("1 to " + MAX_SEARCH_LENGTH + " characters")));
            return List.of();
        }
        List<String> terms = SearchText.terms(search);
        if (terms.isEmpty()) {
            errors.add(Problem.FieldError.query(
                    SEARCH, "The search '" + search + "' has no letter or digit to look for.", List.of()));
        } else if (terms.size() > MAX_SEARCH_TERMS) {
            errors.add(Problem.FieldError.query(
                    SEARCH,
                    "The search has " + terms.size() + " words; at most " + MAX_SEARCH_TERMS + " are allowed.",
                    List.of("1 to " + MAX_SEARCH_TERMS + " words")));
        }
        return List.copyOf(new LinkedHashSet<>(terms));
    }

    private static List<SortKey> parseSort(String raw, ListDefinition<?> definition, List<Problem.FieldError> errors) {
        if (raw == null) {
            return List.of();
        }
        List<SortKey> keys = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String token : split(SORT, raw, errors)) {
            SortKey key = SortKey.parse(token);
            if (!definition.sorts().containsKey(key.field())) {
                errors.add(Problem.FieldError.query(
                        SORT,
                        "'" + token + "' is not a sort key of this list. Valid keys (prefix - for descending): "
                                + String.join(", ", definition.sorts().keySet()) + ".",
                        definition.sortValues()));
            } else if (!seen.add(key.field())) {
                errors.add(Problem.FieldError.query(
                        SORT, "'" + key.field() + "' appears more than once in sort.", definition.sortValues()));
            } else {
                keys.add(key);
            }
        }
        return List.copyOf(keys);
    }

    private static Set<String> parseInclude(
            String raw, Set<String> valid, String what, List<Problem.FieldError> errors) {
        if (raw == null) {
            return Set.of();
        }
        Set<String> include = new LinkedHashSet<>();
        for (String name : split(INCLUDE, raw, errors)) {
            if (valid.contains(name)) {
                include.add(name);
            } else {
                errors.add(Problem.FieldError.query(
                        INCLUDE,
                        "'" + name + "' cannot be included in " + what + ". Valid values: " + String.join(", ", valid)
                                + ".",
                        List.copyOf(valid)));
            }
        }
        return include;
    }

    private static FieldSelection parseFields(
            String raw,
            Class<?> type,
            Set<String> include,
            ListDefinition<?> definition,
            List<Problem.FieldError> errors) {
        if (raw == null) {
            return FieldSelection.all();
        }
        Set<String> selectable = FieldPaths.selectable(type, include);
        List<String> paths = split(FIELDS, raw, errors);
        for (String path : paths) {
            if (!selectable.contains(path)) {
                String relation = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
                String hint = definition != null && definition.includes().contains(relation)
                        ? " It belongs to a relation: add include=" + relation + "."
                        : "";
                errors.add(Problem.FieldError.query(
                        FIELDS,
                        "'" + path + "' is not a field of this resource." + hint + " Valid fields: "
                                + String.join(", ", selectable) + ".",
                        List.copyOf(selectable)));
            }
        }
        return FieldSelection.of(paths);
    }
}
