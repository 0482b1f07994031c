package uk.org.wmca.planforgrowth.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A partner council's site: a JDK HTTP server on {@code 127.0.0.1} (a free port), so a different origin from the
 * application's {@code http://localhost:PORT}. Tests put pages on it ({@link #page}) that frame cards or other pages
 * of the application, as a partner would paste them.
 */
final class PartnerSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    private PartnerSite(HttpServer server) {
        this.server = server;
    }

    static PartnerSite start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            PartnerSite site = new PartnerSite(server);
            server.createContext("/", site::serve);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's origin, {@code http://127.0.0.1:PORT}. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Publishes a page at a path with the given body (the page's {@code <body>} content); returns its URL. */
    String page(String path, String title, String body) {
        pages.put(path, """
                <!doctype html>
                <html lang="en-GB">
                <head><meta charset="utf-8"><title>%s</title>
                <link rel="icon" href="data:,">
                <style>body { font-family: sans-serif; margin: 16px; } iframe { border: 0; display: block; }</style>
                </head>
                <body>
                <main>
                <h1>%s</h1>
                %s
                </main>
                </body>
                </html>
                """.formatted(title, title, body));
        return origin() + path;
    }

    /** An iframe element framing a URL. */
    static String frame(String id, String src, int width, int height, String title) {
        return "<iframe id=\"%s\" src=\"%s\" width=\"%d\" height=\"%d\" title=\"%s\"></iframe>"
                .formatted(id, src, width, height, title);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String page = pages.get(exchange.getRequestURI().getPath());
        byte[] body = (page == null ? "not found" : page).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .set("Content-Type", page == null ? "text/plain; charset=utf-8" : "text/html; charset=utf-8");
        exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
