package uk.org.wmca.planforgrowth.embed;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.wmca.planforgrowth.common.ResourceNotFoundException;

/**
 * Reads the {@code url} of an oEmbed request: a card's page ({@code /embed/clusters/x}, optionally
 * {@code ?theme=dark}), an item's API path ({@code /api/v1/clusters/x}, any query), or its entry on the landing page
 * ({@code /#cluster-x}), or the landing page itself, on this API's origin (scheme aside: a proxy may end TLS in front of us).
 */
@ApplicationScoped
class OEmbedUrls {

    /** What a URL names: a collection with cards, a key in it, and the theme to frame it in; or the landing page. */
    record Target(String collection, String key, String theme) {

        static final Target LANDING_PAGE = new Target(null, null, null);

        boolean landingPage() {
            return collection == null;
        }
    }

    private static final Pattern ITEM_PATH = Pattern.compile("/(?:embed|api/v1)/(clusters|themes|places)/([^/]+)");
    private static final Pattern LANDING_ENTRY = Pattern.compile("(cluster|theme|place)-(.+)");

    Target resolve(String url, String origin) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw notOurs(url, "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null) {
            throw notOurs(url, "is not an absolute http or https URL");
        }
        if (!authority(uri).equals(authority(URI.create(origin)))) {
            throw notOurs(url, "is not on this API's origin, " + origin);
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        if (path.equals("/") && uri.getRawFragment() != null) {
            Matcher entry = LANDING_ENTRY.matcher(uri.getFragment());
            if (entry.matches()) {
                return new Target(entry.group(1) + "s", entry.group(2), EmbedCards.THEMES.get(0));
            }
        }
        if (path.equals("/")
                && (uri.getRawFragment() == null || uri.getRawFragment().isEmpty())) {
            return Target.LANDING_PAGE;
        }
        Matcher item = ITEM_PATH.matcher(path);
        if (!item.matches()) {
            throw notOurs(url, "names no card");
        }
        String key = item.group(2);
        String theme = EmbedCards.THEMES.get(0);
        if (path.startsWith("/embed/") && uri.getRawQuery() != null) {
            theme = uri.getRawQuery().replaceFirst("^theme=", "");
            if (!uri.getRawQuery().startsWith("theme=") || !EmbedCards.THEMES.contains(theme)) {
                throw notOurs(url, "is not a card's page: a card takes only theme=light or theme=dark");
            }
        }
        return new Target(item.group(1), key, theme);
    }

    /** host[:port] with the scheme's default port left out, so http://h and https://h:443 are the same place. */
    private static String authority(URI uri) {
        String host = uri.getHost() == null ? uri.getRawAuthority() : uri.getHost();
        int port = uri.getPort();
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean defaultPort =
                port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static ResourceNotFoundException notOurs(String url, String why) {
        return new ResourceNotFoundException("No embed card is published at " + url + ": it " + why
                + ". Give the URL of a card (/embed/clusters/{slug}, /embed/themes/{slug}, /embed/places/{slugOrGssCode})"
                + " or of its item in the API.");
    }
}
