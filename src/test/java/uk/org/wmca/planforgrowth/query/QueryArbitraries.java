package uk.org.wmca.planforgrowth.query;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import uk.org.wmca.planforgrowth.query.ListRequest.Parameter;

/**
 * Generates list requests from the real values in a {@link Snapshot}: valid ones (every combination of filters,
 * search, sort, include and fields), and invalid ones, a valid request with one to three mistakes, each recording the
 * parameter it spoils.
 *
 * <p>The generators are QuickTheories {@link Gen}s. Every draw goes through the {@code RandomnessSource} they are
 * given, so a run is repeated by its seed and a failing request is shrunk by QuickTheories; the few combinators it
 * lacks (a subset, a shuffle, a list of generators) are written here in the same way.
 */
final class QueryArbitraries {

    /** Parameter names no list takes; those of other lists are added per list. */
    private static final List<String> UNKNOWN_PARAMETERS =
            List.of("colour", "limit", "offset", "Sort", "SIZE", "type", "filter[kind]", "page[size]");

    private final Snapshot snapshot;
    private final Map<ListSpec, Gen<ListRequest>> validByList = new HashMap<>();
    private final Map<ListSpec, Gen<ListRequest>> invalidByList = new HashMap<>();

    /** Builds the generators of each list once, from the snapshot's values. */
    QueryArbitraries(Snapshot snapshot) {
        this.snapshot = snapshot;
        for (ListSpec list : ListSpec.ALL) {
            validByList.put(list, validFor(list));
            invalidByList.put(list, invalidFor(list));
        }
    }

    /** A valid request for any list, without page or size, answered as JSON. */
    Gen<ListRequest> valid() {
        return Generate.pick(ListSpec.ALL).flatMap(validByList::get);
    }

    /** Valid and invalid requests, one valid in four; the valid ones may ask for a page, or for CSV. */
    Gen<ListRequest> any() {
        return Generate.frequency(List.of(
                Pair.of(1, paged(valid())),
                Pair.of(3, Generate.pick(ListSpec.ALL).flatMap(invalidByList::get))));
    }

    /** Sizes for walking pages, mostly small so that results span several pages. */
    Gen<Integer> pageSizes() {
        return Generate.frequency(List.of(
                Pair.of(6, integers().between(1, 3)),
                Pair.of(3, integers().between(4, 10)),
                Pair.of(1, integers().between(11, 100))));
    }

    /** Each filter, q and sort maybe, with valid values; maybe format=json; then include and fields. */
    private Gen<ListRequest> validFor(ListSpec list) {
        List<Gen<Optional<Parameter>>> maybe = new ArrayList<>();
        for (ListSpec.Filter filter : list.filters()) {
            maybe.add(present(parameter(filter.name(), filterValues(filter)), 0.3));
        }
        maybe.add(present(parameter("q", search(list)), 0.25));
        maybe.add(present(parameter("sort", sort(list)), 0.5));
        maybe.add(present(parameter("format", Generate.constant("json")), 0.1));
        Gen<List<Parameter>> given = all(maybe)
                .map(parameters -> parameters.stream().flatMap(Optional::stream).toList());
        return given.zip(includeAndFields(list), (filtersAndOrder, shape) -> {
            List<Parameter> parameters = new ArrayList<>(filtersAndOrder);
            parameters.addAll(shape);
            return ListRequest.of(list, parameters);
        });
    }

    private static Gen<Parameter> parameter(String name, Gen<String> values) {
        return values.map(value -> new Parameter(name, value));
    }

    /** One to three valid values, comma-separated (sometimes with a space after the comma). */
    private Gen<String> filterValues(ListSpec.Filter filter) {
        Gen<Set<String>> values = subsets(snapshot.validValues(filter), 1, 3);
        return values.zip(arbitrary().pick(",", ", "), (set, comma) -> String.join(comma, set));
    }

    /**
     * Searches of one to three word starts from the list's own text, in any case and with accents added, so that most
     * find something; and a few words that find nothing.
     */
    private Gen<String> search(ListSpec list) {
        Gen<String> wordStart = Generate.pick(snapshot.words(list))
                .flatMap(word -> integers().between(1, word.length()).map(n -> word.substring(0, n)));
        Gen<String> term =
                wordStart.zip(Generate.enumValues(Spelling.class), (start, spelling) -> spelling.apply(start));
        Gen<String> finding = lists().of(term)
                .ofSizeBetween(1, 3)
                .zip(arbitrary().pick(" ", ", ", " - "), (terms, separator) -> String.join(separator, terms));
        return Generate.frequency(
                List.of(Pair.of(9, finding), Pair.of(1, arbitrary().pick("zyzzyva", "quixotic xylophone"))));
    }

    /** How a search term may be written and still match. */
    private enum Spelling implements UnaryOperator<String> {
        AS_IS {
            @Override
            public String apply(String term) {
                return term;
            }
        },
        UPPER_CASE {
            @Override
            public String apply(String term) {
                return term.toUpperCase(Locale.ROOT);
            }
        },
        ACCENTED {
            @Override
            public String apply(String term) {
                return term.replace('e', 'é')
                        .replace('a', 'à')
                        .replace('o', 'ö')
                        .replace('c', 'ç');
            }
        }
    }

    /** One to three distinct sort keys, each ascending or descending. */
    private static Gen<String> sort(ListSpec list) {
        List<String> names = list.sorts().stream().map(ListSpec.SortField::name).toList();
        return shuffled(names)
                .zip(
                        integers().between(1, Math.min(3, names.size())),
                        lists().of(booleans().all()).ofSize(names.size()),
                        (shuffled, count, descending) -> {
                            List<String> keys = new ArrayList<>();
                            for (int i = 0; i < count; i++) {
                                keys.add((descending.get(i) ? "-" : "") + shuffled.get(i));
                            }
                            return String.join(",", keys);
                        });
    }

    /** Half the time some relations to include; a third of the time a fieldset of what may then be named. */
    private Gen<List<Parameter>> includeAndFields(ListSpec list) {
        Gen<Set<String>> include = present(
                        subsets(list.includes(), 1, list.includes().size()), 0.5)
                .map(relations -> relations.orElse(Set.of()));
        return include.flatMap(relations -> present(subsets(snapshot.selectablePaths(list, relations), 1, 4), 0.35)
                .map(fields -> {
                    List<Parameter> parameters = new ArrayList<>();
                    if (!relations.isEmpty()) {
                        parameters.add(new Parameter("include", String.join(",", relations)));
                    }
                    fields.ifPresent(paths -> parameters.add(new Parameter("fields", String.join(",", paths))));
                    return parameters;
                }));
    }

    /** Valid requests, some for a page (possibly past the last), some for CSV by format or Accept. */
    private Gen<ListRequest> paged(Gen<ListRequest> requests) {
        return requests.zip(
                present(integers().between(1, 100), 0.4),
                present(integers().between(1, 3), 0.3),
                arbitrary().pick("json", "csv", "accept csv"),
                (request, size, page, format) -> {
                    ListRequest paged = request;
                    if (size.isPresent()) {
                        paged = paged.with("size", size.get().toString());
                    }
                    if (page.isPresent()) {
                        paged = paged.with("page", page.get().toString());
                    }
                    return switch (format) {
                        case "csv" -> paged.with("format", "csv");
                        case "accept csv" -> paged.without("format").acceptingCsv(true);
                        default -> paged;
                    };
                });
    }

    /** A valid request with one to three mistakes, maybe asking for CSV. */
    private Gen<ListRequest> invalidFor(ListSpec list) {
        return validByList
                .get(list)
                .zip(lists().of(mistake(list)).ofSizeBetween(1, 3), booleans().all(), (request, mistakes, csv) -> {
                    ListRequest spoiled = request.acceptingCsv(csv);
                    for (UnaryOperator<ListRequest> mistake : mistakes) {
                        spoiled = mistake.apply(spoiled);
                    }
                    return spoiled;
                });
    }

    private Gen<UnaryOperator<ListRequest>> mistake(ListSpec list) {
        List<Gen<UnaryOperator<ListRequest>>> mistakes = new ArrayList<>(List.of(
                unknownParameter(list),
                emptyParameter(list),
                repeatedParameter(),
                badValue("size", "0", "101", "-1", "abc", "1.5", "99999999999", "1e2", " 5"),
                badValue("page", "0", "-3", "x", "2.0", "99999999999"),
                badValue("format", "xml", "JSON", "csv,json", "text/csv"),
                badValue(
                        "q",
                        "a".repeat(201),
                        "!!!",
                        "   ",
                        "— …",
                        "one two three four five six seven eight nine ten eleven"),
                badSort(list),
                badFields(list),
                badInclude(list)));
        if (!list.filters().isEmpty()) {
            mistakes.add(unknownFilterValue(list));
        }
        return oneOf(mistakes);
    }

    private static Gen<UnaryOperator<ListRequest>> badValue(String name, String... values) {
        return arbitrary()
                .pick(values)
                .map(value -> request -> request.with(name, value).spoiledBy(name));
    }

    private static Gen<UnaryOperator<ListRequest>> unknownParameter(ListSpec list) {
        List<String> names = Stream.concat(
                        UNKNOWN_PARAMETERS.stream(),
                        ListSpec.ALL.stream().flatMap(other -> other.parameters().stream()))
                .distinct()
                .filter(name -> !list.parameters().contains(name))
                .toList();
        return Generate.pick(names)
                .zip(
                        arbitrary().pick("1", "x", "primary"),
                        (name, value) -> request ->
                                request.plus(new Parameter(name, value)).spoiledBy(name));
    }

    /** A parameter given empty ({@code kind=}) or bare ({@code kind}). */
    private static Gen<UnaryOperator<ListRequest>> emptyParameter(ListSpec list) {
        return Generate.pick(list.parameters())
                .zip(
                        arbitrary().pick("", "bare"),
                        (name, form) -> request -> request.without(name)
                                .plus(new Parameter(name, form.isEmpty() ? "" : null))
                                .spoiledBy(name));
    }

    private static final Set<String> SINGLE_VALUED = Set.of("page", "size", "q", "format", "preview");

    /**
     * One of the request's single-valued parameters given a second time (or size twice, when it has none). List-valued
     * ones (filters, sort, fields, include) may be repeated: {@code kind=a&kind=b} means {@code kind=a,b}.
     */
    private static Gen<UnaryOperator<ListRequest>> repeatedParameter() {
        return integers().between(0, 20).map(index -> request -> {
            List<Parameter> single = request.parameters().stream()
                    .filter(p -> SINGLE_VALUED.contains(p.name()))
                    .toList();
            if (single.isEmpty()) {
                Parameter size = new Parameter("size", "10");
                return request.plus(size).plus(size).spoiledBy("size");
            }
            Parameter repeated = single.get(index % single.size());
            return request.plus(repeated).spoiledBy(repeated.name());
        });
    }

    /** A value no item has, alone or after a valid one. */
    private Gen<UnaryOperator<ListRequest>> unknownFilterValue(ListSpec list) {
        return Generate.pick(list.filters())
                .zip(
                        arbitrary().pick("nowhere", "E99999999", "no-such-item"),
                        booleans().all(),
                        (filter, unknown, afterValid) -> {
                            String value =
                                    afterValid ? snapshot.validValues(filter).get(0) + "," + unknown : unknown;
                            return request -> request.with(filter.name(), value).spoiledBy(filter.name());
                        });
    }

    private static Gen<UnaryOperator<ListRequest>> badSort(ListSpec list) {
        return Generate.pick(list.sorts()).flatMap(sort -> {
            String key = sort.name();
            return badValue(
                    "sort",
                    "colour",
                    "-colour",
                    key + ",-" + key,
                    key + ",",
                    ",-" + key,
                    "--" + key,
                    "+" + key,
                    "-",
                    key.toUpperCase(Locale.ROOT),
                    key + " " + key);
        });
    }

    /** Unknown members, an empty item, or a relation that is not included (or a member it does not have). */
    private static Gen<UnaryOperator<ListRequest>> badFields(ListSpec list) {
        Gen<Function<ListRequest, String>> unknown = arbitrary()
                .pick("nonsense", "links.nope", list.key() + ",", list.key() + ".nope")
                .map(fields -> request -> fields);
        Gen<Function<ListRequest, String>> notIncluded = Generate.pick(list.includes())
                .map(relation -> request -> request.include().contains(relation) ? relation + ".nope" : relation);
        return oneOf(List.of(unknown, notIncluded))
                .map(fields ->
                        request -> request.with("fields", fields.apply(request)).spoiledBy("fields"));
    }

    /**
     * Relations the list does not have, alone, after a valid one, or an empty item. Fields that named a relation may
     * then be refused too.
     */
    private static Gen<UnaryOperator<ListRequest>> badInclude(ListSpec list) {
        List<String> unknown = Stream.concat(
                        Stream.of("nope", "links", list.key()),
                        ListSpec.ALL.stream().flatMap(other -> other.includes().stream()))
                .distinct()
                .filter(name -> !list.includes().contains(name))
                .toList();
        String valid = list.includes().get(0);
        return Generate.pick(unknown)
                .flatMap(name -> arbitrary().pick(name, valid + "," + name, valid + ","))
                .map(include -> request -> {
                    ListRequest spoiled = request.with("include", include).spoiledBy("include");
                    return request.has("fields") ? spoiled.spoiledBy("fields") : spoiled;
                });
    }

    /** The generator's value with the given probability, otherwise nothing. */
    private static <T> Gen<Optional<T>> present(Gen<T> values, double probability) {
        return values.toOptionals((int) Math.round(100 * (1 - probability)));
    }

    /** One value from each generator, in order. */
    private static <T> Gen<List<T>> all(List<Gen<T>> generators) {
        return source -> generators.stream().map(gen -> gen.generate(source)).toList();
    }

    /** A value of one of the generators, each chosen as often. */
    private static <T> Gen<T> oneOf(List<Gen<T>> generators) {
        return integers().between(0, generators.size() - 1).flatMap(generators::get);
    }

    /** The values in a random order. */
    private static <T> Gen<List<T>> shuffled(List<T> values) {
        return source -> {
            List<T> shuffled = new ArrayList<>(values);
            for (int i = shuffled.size() - 1; i > 0; i--) {
                int j = integers().between(0, i).generate(source);
                shuffled.set(j, shuffled.set(i, shuffled.get(j)));
            }
            return shuffled;
        };
    }

    /** Between min and max distinct values (at most all of them), in a random order. */
    private static <T> Gen<Set<T>> subsets(List<T> values, int min, int max) {
        return shuffled(values)
                .zip(
                        integers().between(min, Math.min(max, values.size())),
                        (shuffled, size) -> new LinkedHashSet<>(shuffled.subList(0, size)));
    }
}
