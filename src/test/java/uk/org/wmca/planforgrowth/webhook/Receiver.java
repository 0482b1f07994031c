package uk.org.wmca.planforgrowth.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A webhook subscriber for tests: a JDK HTTP server on 127.0.0.1 that keeps every request it gets and answers with
 * the status it is told to.
 */
final class Receiver implements AutoCloseable {

    /** One request as received. */
    record Received(Instant at, String path, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);

    private Receiver(HttpServer server) {
        this.server = server;
    }

    static Receiver start() throws IOException {
        return start(0);
    }

    static Receiver start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        Receiver receiver = new Receiver(server);
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
            receiver.received.add(new Received(
                    Instant.now(),
                    exchange.getRequestURI().getPath(),
                    headers,
                    new String(body, StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(receiver.status.get(), -1);
            exchange.close();
        });
        server.start();
        return receiver;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The URL of a path on this receiver, e.g. {@code url("/hooks/a")}. */
    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** The status every request is answered with from now on. */
    void answer(int status) {
        this.status.set(status);
    }

    List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Waits until {@code count} requests to {@code path} match; returns them (fewer when time ran out). */
    List<Received> await(String path, int count, Duration timeout, Predicate<Received> matching) {
        Supplier<List<Received>> found =
                () -> received(path).stream().filter(matching).toList();
        try {
            return Awaitility.await()
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(50))
                    .until(found::get, requests -> requests.size() >= count);
        } catch (ConditionTimeoutException e) {
            return found.get(); // fewer: the caller's assertion says what was expected
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
