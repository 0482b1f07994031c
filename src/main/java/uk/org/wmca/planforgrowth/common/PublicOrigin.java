package uk.org.wmca.planforgrowth.common;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The origin ({@code scheme://host[:port]}) that absolute links in our HTML and oEmbed answers point at: the
 * configured {@code pfg.public-url}, else the origin the client used (as forwarded by a trusted proxy, when Quarkus
 * is told to read {@code Forwarded} headers). Representations that contain it are kept apart per origin.
 */
@ApplicationScoped
public class PublicOrigin {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}]");

    private final Optional<String> configured;

    PublicOrigin(ApiConfig config) {
        this.configured = config.publicUrl().map(PublicOrigin::withoutTrailingSlash);
    }

    /**
     * Whether the origin is configured ({@code pfg.public-url}), so that every request gets the same one, also this
     * instance's own requests to itself.
     */
    public boolean isConfigured() {
        return configured.isPresent();
    }

    /** The origin of our absolute links in the answer to this request. */
    public String of(HttpServerRequest request) {
        if (configured.isPresent()) {
            return configured.get();
        }
        String scheme = "https".equalsIgnoreCase(request.scheme()) ? "https" : "http";
        HostAndPort authority = request.authority();
        if (authority == null || !HOST.matcher(authority.host()).matches()) {
            return scheme + "://localhost";
        }
        int port = authority.port();
        boolean defaultPort =
                port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + authority.host().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
