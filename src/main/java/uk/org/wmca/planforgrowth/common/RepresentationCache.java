package uk.org.wmca.planforgrowth.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import uk.org.wmca.planforgrowth.content.ContentVersion;

/**
 * Published JSON representations, rendered once per content version and served from memory. Keys are the request
 * path and raw query. When the content version moves on, every entry of the old version is dropped; an entry whose
 * bytes come out the same keeps its ETag (a hash of the bytes) and its Last-Modified.
 */
@ApplicationScoped
public class RepresentationCache {

    private record Generation(long version, ConcurrentHashMap<String, Representation> entries) {}

    /** ETag and Last-Modified of what was last served under a key, so unchanged bytes keep their date. */
    private record Seen(String etag, Instant lastModified) {}

    private final ContentVersion versions;
    private final ObjectMapper mapper;
    private final ApiConfig.CacheConfig config;
    private final ConcurrentHashMap<String, Seen> seen = new ConcurrentHashMap<>();
    private volatile Generation generation = new Generation(Long.MIN_VALUE, new ConcurrentHashMap<>());

    RepresentationCache(ContentVersion versions, ObjectMapper mapper, ApiConfig config) {
        this.versions = versions;
        this.mapper = mapper;
        this.config = config.cache();
    }

    public static String key(String rawPath, String rawQuery) {
        return rawQuery == null || rawQuery.isEmpty() ? rawPath : rawPath + "?" + rawQuery;
    }

    /** The current version's representation under this key, if one was rendered. */
    public Optional<Representation> find(String key) {
        return Optional.ofNullable(current().entries().get(key));
    }

    /** The content version that a render starting now would show. */
    public long currentVersion() {
        return versions.current().version();
    }

    /**
     * Renders a response body and keeps it, unless the content changed while it was being rendered (then it is
     * returned but not kept, so that stale bytes are never stored under the new version).
     */
    public Representation store(
            String key, String family, Object entity, Map<String, String> extraHeaders, long renderedFromVersion) {
        byte[] body = serialise(entity);
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
                Map.copyOf(extraHeaders));
        Generation current = current();
        if (renderedFromVersion == stamp.version() && current.version() == stamp.version()) {
            current.entries().put(key, representation);
            seen.put(key, new Seen(etag, lastModified));
        }
        return representation;
    }

    /** {@code Cache-Control} for a route family, from configuration. */
    public String cacheControl(String family) {
        ApiConfig.FamilyConfig own = config.families().get(family);
        int maxAge = own == null ? config.maxAge() : own.maxAge();
        int stale = own == null ? config.staleWhileRevalidate() : own.staleWhileRevalidate();
        return "public, max-age=" + maxAge + ", stale-while-revalidate=" + stale;
    }

    private Generation current() {
        long version = versions.current().version();
        Generation g = generation;
        if (g.version() != version) {
            synchronized (this) {
                if (generation.version() != version) {
                    generation = new Generation(version, new ConcurrentHashMap<>());
                }
                g = generation;
            }
        }
        return g;
    }

    private byte[] serialise(Object entity) {
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
