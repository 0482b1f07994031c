package uk.org.wmca.planforgrowth.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A request for a list, with its query parameters exactly as sent (a parameter may be repeated or empty), and the
 * parameters that make it invalid.
 *
 * @param list the list asked for
 * @param parameters the query parameters in order
 * @param offending the parameters a 400 may name; empty for a valid request
 * @param acceptCsv whether the request asks for CSV with {@code Accept: text/csv}
 */
record ListRequest(ListSpec list, List<Parameter> parameters, Set<String> offending, boolean acceptCsv) {

    /** One query parameter; a null value is sent as the bare name ({@code ?kind}). */
    record Parameter(String name, String value) {

        String encoded() {
            return value == null ? encode(name) : encode(name) + "=" + encode(value);
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    ListRequest {
        parameters = List.copyOf(parameters);
        offending = Set.copyOf(offending);
    }

    static ListRequest of(ListSpec list, List<Parameter> parameters) {
        return new ListRequest(list, parameters, Set.of(), false);
    }

    boolean isValid() {
        return offending.isEmpty();
    }

    /** The path with the query string, encoded. */
    String pathAndQuery() {
        if (parameters.isEmpty()) {
            return list.path();
        }
        return list.path() + "?" + parameters.stream().map(Parameter::encoded).collect(Collectors.joining("&"));
    }

    boolean has(String name) {
        return parameters.stream().anyMatch(parameter -> parameter.name().equals(name));
    }

    /** The value of a parameter (the first, if repeated); empty text for a bare name. */
    Optional<String> value(String name) {
        return parameters.stream()
                .filter(parameter -> parameter.name().equals(name))
                .map(parameter -> parameter.value() == null ? "" : parameter.value())
                .findFirst();
    }

    /** The same request with the parameter set to this value only (replacing any it had). */
    ListRequest with(String name, String value) {
        List<Parameter> changed = new ArrayList<>(without(name).parameters);
        changed.add(new Parameter(name, value));
        return new ListRequest(list, changed, offending, acceptCsv);
    }

    /** The same request with one more parameter, even if it has one of that name already. */
    ListRequest plus(Parameter parameter) {
        List<Parameter> changed = new ArrayList<>(parameters);
        changed.add(parameter);
        return new ListRequest(list, changed, offending, acceptCsv);
    }

    ListRequest without(String... names) {
        Set<String> removed = Set.of(names);
        List<Parameter> kept = parameters.stream()
                .filter(parameter -> !removed.contains(parameter.name()))
                .toList();
        return new ListRequest(list, kept, offending, acceptCsv);
    }

    /** The same request, marked invalid because of these parameters. */
    ListRequest spoiledBy(String... names) {
        Set<String> all = new LinkedHashSet<>(offending);
        all.addAll(List.of(names));
        return new ListRequest(list, parameters, all, acceptCsv);
    }

    ListRequest acceptingCsv(boolean csv) {
        return new ListRequest(list, parameters, offending, csv);
    }

    /** Whether the answer should be CSV: {@code format} decides, else the Accept header. */
    boolean asksForCsv() {
        return value("format").map("csv"::equals).orElse(acceptCsv);
    }

    /** The values of each filter given, split at commas. */
    Map<ListSpec.Filter, Set<String>> filterValues() {
        Map<ListSpec.Filter, Set<String>> values = new LinkedHashMap<>();
        for (ListSpec.Filter filter : list.filters()) {
            value(filter.name()).ifPresent(raw -> values.put(filter, splitList(raw)));
        }
        return values;
    }

    /** The relations asked for with {@code include}. */
    Set<String> include() {
        return value("include").map(ListRequest::splitList).orElse(Set.of());
    }

    /** The order the response must be in; empty when it is by relevance (a search without sort). */
    Optional<SortOrder> order() {
        Optional<String> sort = value("sort");
        if (sort.isPresent()) {
            return Optional.of(SortOrder.parse(list, sort.get()));
        }
        return has("q") ? Optional.empty() : Optional.of(SortOrder.defaultOf(list));
    }

    private static Set<String> splitList(String raw) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : raw.split(",")) {
            values.add(value.trim());
        }
        return values;
    }

    @Override
    public String toString() {
        return "GET " + pathAndQuery() + (acceptCsv ? " (Accept: text/csv)" : "")
                + (offending.isEmpty() ? "" : " invalid because of " + offending);
    }
}
