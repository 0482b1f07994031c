package uk.org.wmca.planforgrowth.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.org.wmca.planforgrowth.common.PageRequest;
import uk.org.wmca.planforgrowth.common.PageResult;
import uk.org.wmca.planforgrowth.common.SelfLink;
import uk.org.wmca.planforgrowth.query.ListDefinition;
import uk.org.wmca.planforgrowth.query.ListQueries;
import uk.org.wmca.planforgrowth.query.ListQuery;
import uk.org.wmca.planforgrowth.query.SearchText;
import uk.org.wmca.planforgrowth.query.SearchTexts;
import uk.org.wmca.planforgrowth.query.Searchable;

/**
 * Searches every type at once. Each type's matches come ranked from the database (the same search as its list's
 * {@code q}); they are merged by relevance, then type (themes, clusters, interventions, places, facts, sources), then
 * each type's default order, and only the page asked for is loaded to cut its snippets.
 */
@ApplicationScoped
public class SearchService {

    private static final int SNIPPET_BEFORE = 60;
    private static final int SNIPPET_AFTER = 140;

    private final ListQueries queries;

    SearchService(ListQueries queries) {
        this.queries = queries;
    }

    private record Match(ListDefinition<?> list, int typeOrder, int order, String key, int rank) {}

    @Transactional
    public PageResult<SearchHit> search(ListQuery query, List<ListDefinition<?>> types, PageRequest page) {
        List<Match> matches = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            List<ListQueries.Ranked> ranked = queries.rank(types.get(t), query);
            for (int i = 0; i < ranked.size(); i++) {
                matches.add(new Match(
                        types.get(t), t, i, ranked.get(i).key(), ranked.get(i).rank()));
            }
        }
        matches.sort(Comparator.comparingInt(Match::rank)
                .thenComparingInt(Match::typeOrder)
                .thenComparingInt(Match::order));
        new PageResult<>(List.of(), page, matches.size()).requireExistingPage();
        List<Match> onPage = matches.subList((int) Math.min(page.offset(), matches.size()), (int)
                Math.min(page.offset() + page.size(), matches.size()));
        return new PageResult<>(hits(onPage, query.terms()), page, matches.size());
    }

    private List<SearchHit> hits(List<Match> onPage, List<String> terms) {
        Map<ListDefinition<?>, List<String>> keysByType = new HashMap<>();
        onPage.forEach(m ->
                keysByType.computeIfAbsent(m.list(), l -> new ArrayList<>()).add(m.key()));
        Map<String, SearchTexts> texts = new HashMap<>();
        keysByType.forEach((list, keys) -> {
            for (Object item : queries.findByKeys(list, keys)) {
                SearchTexts itemTexts = ((Searchable) item).searchTexts();
                texts.put(list.collection() + "/" + key(item), itemTexts);
            }
        });
        List<SearchHit> hits = new ArrayList<>();
        for (Match match : onPage) {
            SearchTexts itemTexts = texts.get(match.list().collection() + "/" + match.key());
            String matchedIn = switch (match.rank()) {
                case 0 -> "name";
                case 1 -> "summary";
                default -> "body";
            };
            hits.add(new SearchHit(
                    match.list()
                            .collection()
                            .substring(0, match.list().collection().length() - 1),
                    match.key(),
                    itemTexts.title(),
                    matchedIn,
                    snippet(itemTexts, match.rank(), terms),
                    SelfLink.of(match.list().path() + "/" + match.key())));
        }
        return hits;
    }

    /**
     * An extract of the best-matching text: for a name match the item's summary (the name is the title already),
     * else the summary or body text around the first match.
     */
    private static String snippet(SearchTexts texts, int rank, List<String> terms) {
        if (rank == 0) {
            return texts.summaries().isEmpty()
                    ? texts.title()
                    : shorten(texts.summaries().get(0));
        }
        List<List<String>> tiers = List.of(texts.names(), texts.summaries(), texts.bodies());
        for (int tier = Math.min(rank, 2); tier < tiers.size(); tier++) {
            for (String text : tiers.get(tier)) {
                String snippet = SearchText.snippet(text, terms, SNIPPET_BEFORE, SNIPPET_AFTER);
                if (snippet != null) {
                    return snippet;
                }
            }
        }
        return texts.title();
    }

    private static String shorten(String text) {
        int limit = SNIPPET_BEFORE + SNIPPET_AFTER;
        if (text.length() <= limit) {
            return text;
        }
        int space = text.lastIndexOf(' ', limit);
        return text.substring(0, space > 0 ? space : limit).strip() + "…";
    }

    private static String key(Object item) {
        return ((Searchable) item).searchKey();
    }
}
