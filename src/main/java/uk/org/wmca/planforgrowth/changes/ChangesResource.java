package uk.org.wmca.planforgrowth.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import uk.org.wmca.planforgrowth.common.ApiConfig;
import uk.org.wmca.planforgrowth.common.Attribution;
import uk.org.wmca.planforgrowth.common.Format;
import uk.org.wmca.planforgrowth.common.InvalidParameterException;
import uk.org.wmca.planforgrowth.common.OpenApiDefinition;
import uk.org.wmca.planforgrowth.common.OpenApiDocumentFilter;
import uk.org.wmca.planforgrowth.common.Problem;
import uk.org.wmca.planforgrowth.common.PublicOrigin;
import uk.org.wmca.planforgrowth.common.QueryParameters;
import uk.org.wmca.planforgrowth.common.Rendered;
import uk.org.wmca.planforgrowth.content.ContentVersion;
import uk.org.wmca.planforgrowth.embed.Cards;
import uk.org.wmca.planforgrowth.query.ListCatalogue;

/**
 * The change feed: what changed in the published content since a cursor, as JSON or Atom. Public, and cached like
 * every read (a change drops every kept page of the feed).
 */
@Path("/api/v1")
@Tag(name = "Changes")
@SecurityRequirements
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class ChangesResource {

    static final String PATH = "/api/v1/changes";
    static final String ATOM_PATH = "/api/v1/changes.atom";
    static final String SINCE = "since";
    static final String LIMIT = "limit";
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    /** The Atom feed's id: the same whichever origin serves it. */
    static final String FEED_ID = "tag:wmca.org.uk,2026:plan-for-growth/changes";

    private static final String SINCE_DESCRIPTION = "Cursor from an earlier answer (meta.next, or an entry's cursor):"
            + " the changes after it. Leave it out to start from the beginning, which gives the latest change of every"
            + " item: the whole published content.";
    private static final String LIMIT_DESCRIPTION =
            "Changes per page, 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ").";

    /** One entry of the Atom feed, ready to print: {@code page} for people (text/html), {@code link} the JSON. */
    public record AtomEntry(
            String id, String title, String updated, String event, String page, String link, String text) {}

    /** The Atom feed, ready to print. */
    public record AtomFeed(
            String id,
            String title,
            String updated,
            String publisher,
            String self,
            String next,
            String page,
            String alternate,
            List<AtomEntry> entries) {}

    @CheckedTemplate(basePath = "changes")
    static class Templates {
        static native TemplateInstance feed(AtomFeed feed);
    }

    private final ChangeFeed feed;
    private final ObjectMapper mapper;
    private final PublicOrigin origins;
    private final ContentVersion version;
    private final Attribution attribution;

    ChangesResource(
            ChangeFeed feed, ObjectMapper mapper, PublicOrigin origins, ContentVersion version, ApiConfig config) {
        this.feed = feed;
        this.mapper = mapper;
        this.origins = origins;
        this.version = version;
        ApiConfig.AttributionConfig a = config.attribution();
        this.attribution = new Attribution(a.publisher(), a.title(), a.url(), a.notice());
    }

    @GET
    @Path("/changes")
    @Produces({MediaType.APPLICATION_JSON, Format.ATOM_MEDIA_TYPE})
    @Operation(
            summary = "List changes",
            extensions = @Extension(name = OpenApiDocumentFilter.LINKS_PAGES, value = "true"),
            description = "Every publish, update of published content, unpublish and deletion (a tombstone without a"
                    + " link), in commit order, after the cursor since. Keep meta.next and send it as since next"
                    + " time: no change is skipped or repeated, whichever instance answers. An entry's cursor works"
                    + " as since too. A change is in the feed as soon as it is committed, and in a kept (cached) page"
                    + " within about a second. Also as Atom: Accept: application/atom+xml, or /api/v1/changes.atom.")
    @APIResponse(
            responseCode = "200",
            description = "A page of changes.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ChangesPage.class),
                        examples = @ExampleObject(name = "listChanges", externalValue = "changes/page.json")),
                @Content(
                        mediaType = Format.ATOM_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, description = "An Atom feed (RFC 4287)."),
                        examples = @ExampleObject(name = "listChangesAtom", externalValue = "changes/atom.xml"))
            })
    @APIResponse(
            responseCode = "400",
            description = "since is not a cursor of this feed, limit is not a whole number from 1 to 1000, or a"
                    + " parameter is unknown, empty or repeated.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = {
                                @ExampleObject(
                                        name = "malformed cursor",
                                        externalValue = "changes/malformed-cursor.json"),
                                @ExampleObject(name = "limit out of range", externalValue = "changes/bad-limit.json")
                            }))
    @APIResponse(
            responseCode = "410",
            description = "The cursor is older than the feed keeps (compacted) or ahead of it (another database):"
                    + " start again without since.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "compacted", externalValue = "changes/gone.json")))
    @Parameter(
            name = SINCE,
            in = ParameterIn.QUERY,
            description = SINCE_DESCRIPTION,
            example = "YzEuMTIuMA",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(
            name = LIMIT,
            in = ParameterIn.QUERY,
            description = LIMIT_DESCRIPTION,
            example = "100",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
    public RestResponse<Rendered> listChanges(
            @Context UriInfo uri, @Context HttpHeaders headers, @Context HttpServerRequest request) {
        Format format = Format.negotiate(headers.getHeaderString("Accept"), List.of(Format.JSON, Format.ATOM));
        return format == Format.ATOM ? atom(uri, request) : json(uri);
    }

    @GET
    @Path("/changes.atom")
    @Produces(Format.ATOM_MEDIA_TYPE)
    @Operation(
            summary = "List changes as Atom",
            extensions = @Extension(name = OpenApiDocumentFilter.LINKS_PAGES, value = "true"),
            description = "The change feed as an Atom feed (RFC 4287), for feed readers and tools. Without since, the"
                    + " latest changes (limit of them); with since, the changes after it, as in the JSON feed. Each"
                    + " entry's category is its event (cluster.published, …); its link is the item in the API.")
    @APIResponse(
            responseCode = "200",
            description = "An Atom feed.",
            content =
                    @Content(
                            mediaType = Format.ATOM_MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING, description = "An Atom feed (RFC 4287)."),
                            examples = @ExampleObject(name = "listChangesAtom", externalValue = "changes/atom.xml")))
    @APIResponse(
            responseCode = "400",
            description = "since is not a cursor of this feed, limit is out of range, or a parameter is unknown.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(
                                            name = "malformed cursor",
                                            externalValue = "changes/malformed-cursor.json")))
    @APIResponse(
            responseCode = "410",
            description = "The cursor is older than the feed keeps, or ahead of it.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "compacted", externalValue = "changes/gone.json")))
    @Parameter(
            name = SINCE,
            in = ParameterIn.QUERY,
            description = SINCE_DESCRIPTION,
            example = "YzEuMTIuMA",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(
            name = LIMIT,
            in = ParameterIn.QUERY,
            description = LIMIT_DESCRIPTION,
            example = "100",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
    public RestResponse<Rendered> listChangesAtom(@Context UriInfo uri, @Context HttpServerRequest request) {
        return atom(uri, request);
    }

    private RestResponse<Rendered> json(UriInfo uri) {
        Request asked = Request.of(uri);
        ChangeFeed.Page page = feed.after(asked.since() == null ? Cursor.START : asked.since(), asked.limit());
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", link(PATH, asked.since(), asked.limit()));
        links.put("next", link(PATH, page.next(), asked.limit()));
        links.put("atom", link(ATOM_PATH, asked.since(), asked.limit()));
        ChangesPage body = new ChangesPage(
                page.entries().stream().map(ChangeView::of).toList(),
                new ChangesMeta(asked.limit(), page.next().encode(), page.hasMore(), attribution),
                links);
        try {
            return RestResponse.ResponseBuilder.ok(Rendered.json(mapper.writeValueAsBytes(body), Set.of(), null))
                    .header("Link", linkHeader(links))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a page of the change feed", e);
        }
    }

    private RestResponse<Rendered> atom(UriInfo uri, HttpServerRequest request) {
        Request asked = Request.of(uri);
        String origin = origins.of(request);
        List<ChangeEntry> entries;
        Cursor next;
        if (asked.since() == null) {
            entries = newestFirst(feed.latest(asked.limit()));
            next = null;
        } else {
            ChangeFeed.Page page = feed.after(asked.since(), asked.limit());
            entries = newestFirst(page.entries());
            next = page.next();
        }
        Instant updated = entries.isEmpty()
                ? version.current().changedAt()
                : entries.get(0).at();
        AtomFeed atom = new AtomFeed(
                FEED_ID,
                attribution.title() + ": changes",
                updated.toString(),
                attribution.publisher(),
                origin + link(ATOM_PATH, asked.since(), asked.limit()),
                next == null ? null : origin + link(ATOM_PATH, next, asked.limit()),
                origin + "/",
                origin + link(PATH, asked.since(), asked.limit()),
                entries.stream()
                        .map(e -> new AtomEntry(
                                FEED_ID + "/" + e.version() + "." + e.ordinal(),
                                e.type().wireName() + " " + e.key() + " "
                                        + e.action().wireName(),
                                e.at().toString(),
                                e.event(),
                                origin + pageOf(e.itemPath()),
                                e.itemPath() == null ? null : origin + e.itemPath(),
                                "The " + e.type().wireName() + " '" + e.key() + "' was "
                                        + e.action().wireName() + " (content version " + e.version() + ")."))
                        .toList());
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", link(ATOM_PATH, asked.since(), asked.limit()));
        if (next != null) {
            links.put("next", link(ATOM_PATH, next, asked.limit()));
        }
        links.put("json", link(PATH, asked.since(), asked.limit()));
        return RestResponse.ResponseBuilder.ok(
                        Rendered.atom(Templates.feed(atom).render(), origin))
                .header("Link", linkHeader(links))
                .build();
    }

    /**
     * The page a person can read for an entry: the item's embed card where its type has cards and it is public, else
     * the landing page.
     */
    static String pageOf(String itemPath) {
        return itemPath != null && ListCatalogue.formatsAt(itemPath).contains(Format.HTML)
                ? Cards.embedPath(itemPath)
                : "/";
    }

    private static List<ChangeEntry> newestFirst(List<ChangeEntry> entries) {
        List<ChangeEntry> reversed = new java.util.ArrayList<>(entries);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private static String link(String path, Cursor since, int limit) {
        return path + "?" + (since == null ? "" : SINCE + "=" + since.encode() + "&") + LIMIT + "=" + limit;
    }

    private static String linkHeader(Map<String, String> links) {
        return links.entrySet().stream()
                .map(e -> switch (e.getKey()) {
                    case "atom" -> "<" + e.getValue() + ">; rel=\"alternate\"; type=\"" + Format.ATOM_MEDIA_TYPE + "\"";
                    case "json" ->
                        "<" + e.getValue() + ">; rel=\"alternate\"; type=\"" + MediaType.APPLICATION_JSON + "\"";
                    default -> "<" + e.getValue() + ">; rel=\"" + e.getKey() + "\"";
                })
                .collect(Collectors.joining(", "));
    }

    /** The query of a feed request, checked strictly: null since means from the beginning. */
    private record Request(Cursor since, int limit) {

        static Request of(UriInfo uri) {
            QueryParameters.allowOnly(uri, Set.of(SINCE, LIMIT));
            Map<String, List<String>> parameters = QueryParameters.of(uri);
            String rawSince = QueryParameters.first(parameters, SINCE);
            String rawLimit = QueryParameters.first(parameters, LIMIT);
            List<Problem.FieldError> errors = new java.util.ArrayList<>();
            Cursor since = null;
            if (rawSince != null) {
                since = Cursor.decode(rawSince).orElse(null);
                if (since == null) {
                    errors.add(Problem.FieldError.query(
                            SINCE,
                            "'" + shorten(rawSince) + "' is not a cursor of this feed: send the meta.next (or an"
                                    + " entry's cursor) of an earlier answer, or leave since out to start from the"
                                    + " beginning.",
                            List.of()));
                }
            }
            int limit = DEFAULT_LIMIT;
            String valid = "a whole number from 1 to " + MAX_LIMIT;
            if (rawLimit != null) {
                if (!rawLimit.matches("[0-9]{1,10}")) {
                    errors.add(Problem.FieldError.query(
                            LIMIT, "'" + shorten(rawLimit) + "' is not " + valid + ".", List.of(valid)));
                } else if (Long.parseLong(rawLimit) < 1 || Long.parseLong(rawLimit) > MAX_LIMIT) {
                    errors.add(Problem.FieldError.query(
                            LIMIT, rawLimit + " is out of range: limit must be " + valid + ".", List.of(valid)));
                } else {
                    limit = Integer.parseInt(rawLimit);
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidParameterException(errors);
            }
            return new Request(since, limit);
        }

        private static String shorten(String text) {
            return text.length() > 80 ? text.substring(0, 80) + "…" : text;
        }
    }
}
