package uk.org.wmca.planforgrowth.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import uk.org.wmca.planforgrowth.content.ContentChanged;
import uk.org.wmca.planforgrowth.content.ContentVersion;

/**
 * Published representations (JSON, CSV, and the HTML cards, fragments and landing page with the oEmbed answers),
 * rendered once and served from memory until the content they show changes. Keys are the request path and raw
 * query, the format when it is not JSON, and the origin of the absolute links when the body has any. Each entry knows
 * the API paths it shows (every {@code links.self} inside a JSON body; what a {@link Rendered} body says); a change
 * drops exactly the entries that show a changed item, and the lists of that item's collection. An entry re-rendered
 * to the same bytes keeps its ETag (a hash of the bytes) and its Last-Modified.
 */
@ApplicationScoped
public class RepresentationCache {

    private static final Pattern SELF_LINK = Pattern.compile("\"self\":\"(/api/v1[^\"?]*)");

    /** Parameters that only cut, order or reformat a list of one collection's items. */
    private static final Set<String> INDEPENDENT_PARAMETERS = Set.of("page", "size", "sort", "fields", "format", "q");

    private record Entry(Representation representation, Set<String> shows) {}

    /**
     * What was last kept under a key: its ETag and Last-Modified, so that unchanged bytes keep their date, and the
     * representation itself, the last good one to fall back on while the database is unavailable.
     */
    private record Seen(String etag, Instant lastModified, Representation representation) {}

    private final ContentVersion versions;
    private final ObjectMapper mapper;
    private final ApiConfig.CacheConfig config;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Seen> seen = new ConcurrentHashMap<>();

    RepresentationCache(ContentVersion versions, ObjectMapper mapper, ApiConfig config) {
        this.versions = versions;
        this.mapper = mapper;
        this.config = config.cache();
    }

    /** The key of a URL in JSON. */
    public static String key(String rawPath, String rawQuery) {
        return key(rawPath, rawQuery, Format.JSON, null);
    }

    /** The key of a URL in a format whose body has no links to the origin it was asked at. */
    public static String key(String rawPath, String rawQuery, Format format) {
        return key(rawPath, rawQuery, format, null);
    }

    /**
     * The one function that names a kept representation. The fast path ({@link CachedReads}, which looks a read up
     * before the REST layer) and the filter that keeps what the REST layer answered ({@link CachingFilters}) both call
     * it, with the request's raw path and query, the format of the answer and the public origin the request was made
     * at ({@link PublicOrigin}). The same URL is kept once per format, and apart per origin when the body has absolute
     * links to it: HTML and Atom anywhere, and every answer outside {@code /api/v1} (cards, the landing page,
     * oEmbed). JSON and CSV under {@code /api/v1} link relatively, so one copy serves every origin (the origin given
     * is then left out).
     */
    public static String key(String rawPath, String rawQuery, Format format, String origin) {
        StringBuilder key = new StringBuilder(rawPath);
        if (rawQuery != null && !rawQuery.isEmpty()) {
            key.append('?').append(rawQuery);
        }
        if (format != Format.JSON) {
            key.append(' ').append(format.wireName());
        }
        if (origin != null && linksToOrigin(rawPath, format)) {
            key.append(' ').append(origin);
        }
        return key.toString();
    }

    /** Whether a body in this format at this path has absolute links to the origin it was asked at. */
    static boolean linksToOrigin(String rawPath, Format format) {
        return format == Format.HTML || format == Format.ATOM || !rawPath.startsWith("/api/v1");
    }

    /** The representation kept under this key, if it is rendered and still current. */
    public Optional<Representation> find(String key) {
        Entry entry = entries.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.representation());
    }

    /**
     * The representation last kept under this key, even when a change has made it stale since: what is served while
     * the database is unavailable. An item that changed itself is not kept here (it may be gone); the lists and
     * other items showing it are, as they were last rendered.
     */
    public Optional<Representation> lastGood(String key) {
        Entry entry = entries.get(key);
        if (entry != null) {
            return Optional.of(entry.representation());
        }
        Seen last = seen.get(key);
        return last == null ? Optional.empty() : Optional.ofNullable(last.representation());
    }

    /** The content version that a render starting now would show. */
    public long currentVersion() {
        return versions.current().version();
    }

    /**
     * Renders a response body and keeps it, unless the content changed while it was being rendered (then it is
     * returned but not kept, so that stale bytes are never kept).
     */
    public Representation store(
            String key, String family, Object entity, Map<String, String> extraHeaders, long renderedFromVersion) {
        byte[] body;
        String contentType;
        if (entity instanceof CsvDocument csv) {
            body = csv.bytes();
            contentType = Format.CSV_CONTENT_TYPE;
        } else if (entity instanceof Rendered rendered) {
            body = rendered.bytes();
            contentType = rendered.contentType();
        } else {
            body = serialise(entity);
            contentType = Representation.CONTENT_TYPE;
        }
        String hash = hash(body);
        String etag = "\"" + hash + "\"";
        ContentVersion.Stamp stamp = versions.current();
        Seen previous = seen.get(key);
        Instant lastModified =
                previous != null && previous.etag().equals(etag) ? previous.lastModified() : stamp.changedAt();
        byte[] gzipBody = body.length >= config.gzipMinBytes() ? gzip(body) : null;
        Representation representation = new Representation(
                body,
                gzipBody,
                etag,
                "\"" + hash + "-gzip\"",
                lastModified,
                cacheControl(family),
                contentType,
                Map.copyOf(extraHeaders));
        if (renderedFromVersion == stamp.version() && config.representations()) {
            Set<String> shows = entity instanceof Rendered rendered ? shows(key, rendered.shows()) : shows(key, body);
            entries.put(key, new Entry(representation, shows));
            seen.put(key, new Seen(etag, lastModified, representation));
            if (versions.current().version() != renderedFromVersion) {
                entries.remove(key); // the content changed while this was being kept
            }
        }
        return representation;
    }

    /** Drops what a change makes stale: entries showing a changed item, and the lists of its collection. */
    void onContentChanged(@Observes ContentChanged change) {
        if (change.everything()) {
            entries.clear();
            return;
        }
        seen.replaceAll((key, last) ->
                change.paths().contains(pathOf(key)) ? new Seen(last.etag(), last.lastModified(), null) : last);
        Set<String> collections = new HashSet<>();
        for (String path : change.paths()) {
            int slash = path.lastIndexOf('/');
            collections.add(slash > 0 ? path.substring(0, slash) : path);
        }
        entries.entrySet().removeIf(entry -> {
            String path = pathOf(entry.getKey());
            return collections.contains(path)
                    || dependsOnOtherItems(entry.getKey())
                    || entry.getValue().shows().stream().anyMatch(change.paths()::contains);
        });
    }

    /**
     * Whether a kept response may change when an item it does not show changes: a search, the change feed, the
     * landing page (it shows a pick of every collection), or a list cut by a filter or carrying included relations (a theme gaining a
     * cluster changes {@code /clusters?theme=…}). Such responses are dropped on every change; paging, sort, fields,
     * format and a list's own search are not, nor embed cards and oEmbed answers, which name all they show.
     */
    static boolean dependsOnOtherItems(String key) {
        String path = pathOf(key);
        if (path.equals("/api/v1/search") || path.equals("/") || path.startsWith("/api/v1/changes")) {
            return true; // the change feed shows every change
        }
        if (!path.startsWith("/api/v1")) {
            return false;
        }
        int query = key.indexOf('?');
        if (query < 0) {
            return false;
        }
        int end = key.indexOf(' ', query);
        for (String parameter :
                key.substring(query + 1, end < 0 ? key.length() : end).split("&")) {
            String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
            if (!INDEPENDENT_PARAMETERS.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** Number of representations kept; for tests and metrics. */
    public int size() {
        return entries.size();
    }

    private static Set<String> shows(String key, Set<String> named) {
        Set<String> paths = new HashSet<>(named);
        paths.add(pathOf(key));
        return Set.copyOf(paths);
    }

    private static Set<String> shows(String key, byte[] body) {
        Set<String> paths = new HashSet<>();
        paths.add(pathOf(key));
        Matcher matcher = SELF_LINK.matcher(new String(body, StandardCharsets.UTF_8));
        while (matcher.find()) {
            paths.add(matcher.group(1));
        }
        return Set.copyOf(paths);
    }

    /** The path of a key, without its query and its format suffix. */
    static String pathOf(String key) {
        int end = key.length();
        for (char separator : new char[] {'?', ' '}) {
            int at = key.indexOf(separator);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return key.substring(0, end);
    }

    /** Seconds a route family's representations may be reused without asking again, from configuration. */
    public int maxAge(String family) {
        ApiConfig.FamilyConfig own = config.families().get(family);
        return own == null ? config.maxAge() : own.maxAge();
    }

    /** {@code Cache-Control} for a route family, from configuration. */
    public String cacheControl(String family) {
        ApiConfig.FamilyConfig own = config.families().get(family);
        int maxAge = own == null ? config.maxAge() : own.maxAge();
        int stale = own == null ? config.staleWhileRevalidate() : own.staleWhileRevalidate();
        return "public, max-age=" + maxAge + ", stale-while-revalidate=" + stale;
    }

    /** The JSON of an entity, written by its runtime type. */
    byte[] serialise(Object entity) {
        try {
            return mapper.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render a representation", e);
        }
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
