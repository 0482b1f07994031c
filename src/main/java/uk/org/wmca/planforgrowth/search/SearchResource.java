package uk.org.wmca.planforgrowth.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import uk.org.wmca.planforgrowth.common.Envelope;
import uk.org.wmca.planforgrowth.common.Envelopes;
import uk.org.wmca.planforgrowth.common.InvalidParameterException;
import uk.org.wmca.planforgrowth.common.OpenApiDefinition;
import uk.org.wmca.planforgrowth.common.OpenApiDocumentFilter;
import uk.org.wmca.planforgrowth.common.PageRequest;
import uk.org.wmca.planforgrowth.common.Problem;
import uk.org.wmca.planforgrowth.common.QueryParameters;
import uk.org.wmca.planforgrowth.query.ListCatalogue;
import uk.org.wmca.planforgrowth.query.ListDefinition;
import uk.org.wmca.planforgrowth.query.ListQuery;

/** Searches every content type at once. */
@Path(SearchResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
@SecurityRequirements
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class SearchResource {

    /** The path of the search. */
    public static final String PATH = "/api/v1/search";

    /** The {@code type} parameter. */
    public static final String TYPE = "type";

    private final SearchService search;
    private final Envelopes envelopes;

    SearchResource(SearchService search, Envelopes envelopes) {
        this.search = search;
        this.envelopes = envelopes;
    }

    @GET
    @Operation(
            summary = "Search everything",
            extensions = @Extension(name = OpenApiDocumentFilter.LINKS_PAGES, value = "true"),
            description =
                    "Finds themes, clusters, interventions, places, facts and sources whose name, summary or body text has every word of q at the start of a word, ignoring case and accents. Hits are ranked: every word in the name first, then in the name or summary, then anywhere; then by type in that order, then each type's default order. Each hit has its type, key, title, a plain-text snippet and a link. Narrow with type.")
    @APIResponse(responseCode = "200", description = "A page of hits.")
    public RestResponse<Envelope<List<SearchHit>>> search(@Context UriInfo uri) {
        QueryParameters.allowOnly(
                uri, Set.of(ListQuery.SEARCH, TYPE, PageRequest.PAGE, PageRequest.SIZE), Set.of(TYPE));
        Map<String, List<String>> parameters = QueryParameters.of(uri);
        List<Problem.FieldError> errors = new ArrayList<>();
        String q = QueryParameters.first(parameters, ListQuery.SEARCH);
        if (q == null) {
            errors.add(Problem.FieldError.query(
                    ListQuery.SEARCH, "Parameter 'q' is required: the words to search for.", List.of()));
        }
        List<ListDefinition<?>> types = types(QueryParameters.joined(parameters, TYPE), errors);
        ListQuery query = null;
        PageRequest page = null;
        try {
            query = q == null ? null : ListQuery.parseSearch(q);
        } catch (InvalidParameterException e) {
            errors.addAll(e.errors());
        }
        try {
            page = PageRequest.parse(
                    QueryParameters.first(parameters, PageRequest.PAGE),
                    QueryParameters.first(parameters, PageRequest.SIZE));
        } catch (InvalidParameterException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        Map<String, String> repeated = new LinkedHashMap<>();
        repeated.put(ListQuery.SEARCH, q);
        repeated.put(TYPE, QueryParameters.joined(parameters, TYPE));
        return envelopes.page(search.search(query, types, page), uri.getPath(), repeated);
    }

    /** The types asked for (all when absent), in ranking order. */
    private static List<ListDefinition<?>> types(String raw, List<Problem.FieldError> errors) {
        List<String> valid = typeNames();
        if (raw == null) {
            return List.copyOf(ListCatalogue.LISTS.values());
        }
        List<String> asked = List.of(raw.split(",", -1));
        List<ListDefinition<?>> types = new ArrayList<>();
        for (ListDefinition<?> list : ListCatalogue.LISTS.values()) {
            if (asked.contains(typeName(list))) {
                types.add(list);
            }
        }
        for (String name : asked) {
            if (!valid.contains(name)) {
                errors.add(Problem.FieldError.query(
                        TYPE, "'" + name + "' is not a type. Valid values: " + String.join(", ", valid) + ".", valid));
            }
        }
        return types;
    }

    public static List<String> typeNames() {
        return ListCatalogue.LISTS.values().stream()
                .map(SearchResource::typeName)
                .toList();
    }

    private static String typeName(ListDefinition<?> list) {
        return list.collection().substring(0, list.collection().length() - 1);
    }
}
