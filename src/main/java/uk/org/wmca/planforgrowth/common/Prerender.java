package uk.org.wmca.planforgrowth.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.org.wmca.planforgrowth.content.ContentChanged;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.database.DatabaseStarted;
import uk.org.wmca.planforgrowth.database.DatabaseStatus;

/**
 * Renders all of the published content into memory ahead of any client: after the start and after every change, it
 * walks the API's own links from {@code /api/v1} (the index, every page of every list as linked by
 * {@code links.next}, every item any of them links to) through this instance's HTTP port, one request at a time.
 * Whatever is kept already is answered from memory at once; what a change made stale is rendered again. So when the
 * database becomes unavailable, every published item and list page is there to be served (see
 * {@link CachedReads}). When the public origin is configured ({@code pfg.public-url}, which the cards' absolute links
 * and so their keys depend on), the walk also renders the landing page and the embed card of every cluster, theme and
 * place it meets, so that partners' embeds keep showing through an outage. Not walked: filtered, sorted or searched
 * lists, CSV, fragments, themed or oEmbed variants of the cards, whose keys depend on what clients ask for; those are
 * served while the database is away only if a client asked for them before.
 */
@ApplicationScoped
public class Prerender {

    /** Marks this instance's own requests, so that they do not spend a client's rate limit. */
    public static final String HEADER = "X-Pfg-Prerender";

    private static final String SECRET = secret();

    /** Paths the walk follows: the index, a collection, an item, or a page of a collection. */
    private static final Pattern WALKED = Pattern.compile(
            "/api/v1(/(" + collections(type -> true) + ")(/[A-Za-z0-9._~-]+)?)?(\\?page=\\d+&size=\\d+)?");

    /** An item that has an embed card, and the card's path: {@code /embed/<type>/<slug>}. */
    private static final Pattern CARDED =
            Pattern.compile("/api/v1(/(" + collections(ItemType::hasCards) + ")/[A-Za-z0-9._~-]+)");

    private final boolean enabled;
    private final boolean cards;
    private final int maxRequests;
    private final DatabaseStatus database;
    private final ObjectMapper mapper;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "prerender");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile int port = -1;
    private volatile boolean walkedOnce;

    Prerender(PrerenderConfig config, DatabaseStatus database, ObjectMapper mapper, PublicOrigin origin) {
        this.enabled = config.enabled();
        this.cards = origin.isConfigured();
        this.maxRequests = config.maxRequests();
        this.database = database;
        this.mapper = mapper;
    }

    /** Whether a request is this instance's own walk (it carries the secret made at start). */
    public static boolean isOwn(HttpServerRequest request) {
        String value = request.getHeader(HEADER);
        return value != null
                && MessageDigest.isEqual(
                        value.getBytes(StandardCharsets.US_ASCII), SECRET.getBytes(StandardCharsets.US_ASCII));
    }

    /** Fired asynchronously by Quarkus once the HTTP server listens. */
    void onServerStart(@ObservesAsync HttpServerStart start) {
        port = start.options().getPort();
        Log.debugf("Pre-rendering through port %d", port);
        request();
    }

    void onDatabaseStarted(@Observes DatabaseStarted started) {
        request();
    }

    void onContentChanged(@Observes ContentChanged change) {
        request();
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    /** Asks for a walk; at most one waits while another runs, since a walk renders whatever is stale by then. */
    private void request() {
        if (enabled && port > 0 && pending.compareAndSet(false, true)) {
            worker.execute(this::walk);
        }
    }

    private void walk() {
        pending.set(false);
        if (!database.available()) {
            return; // nothing can be rendered now; the change that follows the outage asks again
        }
        long start = System.nanoTime();
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        queue.add("/api/v1");
        seen.add("/api/v1");
        if (cards) {
            queue.add("/");
            seen.add("/");
        }
        int requests = 0;
        int failures = 0;
        while (!queue.isEmpty()
                && requests < maxRequests
                && !Thread.currentThread().isInterrupted()) {
            String path = queue.poll();
            boolean html = !path.startsWith("/api/v1");
            requests++;
            try {
                HttpResponse<byte[]> response = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header(HEADER, SECRET)
                                .header("Accept", html ? "text/html" : "application/json")
                                .timeout(Duration.ofSeconds(30))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    failures++;
                    continue;
                }
                if (html) {
                    continue; // a card or the landing page: kept, nothing to follow
                }
                collectLinks(mapper.readTree(response.body()), queue, seen);
                Matcher carded = CARDED.matcher(path);
                if (cards && carded.matches() && seen.add("/embed" + carded.group(1))) {
                    queue.add("/embed" + carded.group(1));
                }
            } catch (IOException e) {
                failures++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        if (!walkedOnce) {
            walkedOnce = true;
            Log.infof("Pre-rendered the published content: %d representations in %d ms", requests - failures, millis);
        } else {
            Log.debugf("Pre-rendered %d representations in %d ms (%d failed)", requests - failures, millis, failures);
        }
    }

    private static void collectLinks(JsonNode node, Deque<String> queue, Set<String> seen) {
        if (node.isTextual()) {
            String text = node.textValue();
            if (text.startsWith("/api/v1") && WALKED.matcher(text).matches() && seen.add(text)) {
                queue.add(text);
            }
            return;
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            collectLinks(children.next(), queue, seen);
        }
    }

    /** The registry's collections that pass the test, as a regular expression's alternatives. */
    private static String collections(Predicate<ItemType> test) {
        return Arrays.stream(ItemType.values())
                .filter(test)
                .map(ItemType::collection)
                .collect(Collectors.joining("|"));
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
