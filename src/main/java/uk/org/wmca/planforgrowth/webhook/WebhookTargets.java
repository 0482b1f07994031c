package uk.org.wmca.planforgrowth.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which subscriber URLs deliveries may go to: http or https, and, unless configured otherwise, only hosts whose every
 * address is public. Checked when a subscription is made or changed, and again before each delivery (a name can
 * resolve elsewhere later).
 */
@ApplicationScoped
public class WebhookTargets {

    static final int MAX_URL_LENGTH = 2000;

    private final boolean allowPrivate;

    @Inject
    WebhookTargets(WebhookConfig config) {
        this(config.allowPrivateTargets());
    }

    WebhookTargets(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why deliveries may not go to this URL, or empty when they may. */
    public Optional<String> refusal(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("url is required: the http or https URL events are POSTed to.");
        }
        if (url.length() > MAX_URL_LENGTH) {
            return Optional.of("url is longer than " + MAX_URL_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("url is not a valid URL: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            return Optional.of("url must be an http or https URL.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("url has no host.");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("url must not carry credentials (user:password@).");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("url must not have a fragment (#…): it is never sent.");
        }
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(
                    host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException | SecurityException e) {
            return Optional.of("The host '" + host + "' does not resolve.");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    return Optional.of("The host '" + host + "' resolves to " + address.getHostAddress()
                            + ", a loopback, private, link-local or otherwise internal address: webhooks go to public"
                            + " addresses only.");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Loopback, unspecified (0.0.0.0, ::), private (10/8, 172.16/12, 192.168/16), shared (100.64/10), link-local
     * (169.254/16 with the cloud metadata address, fe80::/10), unique-local (fc00::/7), site-local, multicast,
     * reserved and broadcast addresses.
     */
    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0
                    || (first == 100 && second >= 64 && second <= 127)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                    || (first == 198 && (second == 18 || second == 19))
                    || first >= 240;
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            boolean mapped = true; // ::ffff:a.b.c.d and ::a.b.c.d carry an IPv4 address
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
