package uk.org.wmca.planforgrowth.webhook;

import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which subscriber URLs deliveries may go to: http or https, and, unless configured otherwise, only hosts whose every
 * address is public unicast. Checked when a subscription is made or changed, and again before each delivery (a name
 * can resolve elsewhere later); a delivery then connects to the address that was checked ({@link Target#address}),
 * never looking the name up a second time.
 *
 * <p>An IP address is read the way the C library's {@code inet_aton} (and so curl or a browser) reads it: decimal
 * {@code 2130706433}, octal {@code 0177.0.0.1}, hexadecimal {@code 0x7f.1} and short {@code 127.1} are all
 * 127.0.0.1. Such spellings are refused even when they name a public address, so that no other reader can take the
 * address for another. IPv6 addresses that carry an IPv4 address (IPv4-mapped and -compatible, NAT64 64:ff9b::/96,
 * 6to4 2002::/16) are judged by that address; Teredo (2001::/32) is refused.
 */
@ApplicationScoped
public class WebhookTargets {

    static final int MAX_URL_LENGTH = 2000;

    /** inet_aton's reading of IPv4 (octal, hexadecimal, fewer than four parts); no ranges, prefixes or masks. */
    private static final IPAddressStringParameters LITERAL = new IPAddressStringParameters.Builder()
            .allowEmpty(false)
            .allowPrefix(false)
            .allowMask(false)
            .allowSingleSegment(true)
            .setRangeOptions(RangeParameters.NO_RANGE)
            .getIPv4AddressParametersBuilder()
            .allow_inet_aton(true)
            .allow_inet_aton_hex(true)
            .allow_inet_aton_octal(true)
            .allow_inet_aton_joined_segments(true)
            .allow_inet_aton_leading_zeros(true)
            .getParentBuilder()
            .toParams();

    /** IPv4 blocks that are not public unicast (the IANA special-purpose registry, and multicast and reserved). */
    private static final List<IPAddress> INTERNAL_V4 = blocks(
            "0.0.0.0/8", // this network
            "10.0.0.0/8", // private
            "100.64.0.0/10", // shared (carrier-grade NAT)
            "127.0.0.0/8", // loopback
            "169.254.0.0/16", // link-local, with the cloud metadata address
            "172.16.0.0/12", // private
            "192.0.0.0/24", // IETF protocol assignments
            "192.0.2.0/24", // documentation (TEST-NET-1)
            "192.31.196.0/24", // AS112
            "192.52.193.0/24", // AMT
            "192.88.99.0/24", // 6to4 relay anycast
            "192.168.0.0/16", // private
            "192.175.48.0/24", // AS112 direct delegation
            "198.18.0.0/15", // benchmarking
            "198.51.100.0/24", // documentation (TEST-NET-2)
            "203.0.113.0/24", // documentation (TEST-NET-3)
            "224.0.0.0/4", // multicast
            "240.0.0.0/4"); // reserved, with the broadcast address

    /** Global unicast IPv6; everything outside it (loopback, link-local, unique-local, multicast…) is internal. */
    private static final IPAddress GLOBAL_V6 = block("2000::/3");

    private static final List<IPAddress> INTERNAL_V6 = blocks(
            "2001::/23", // IETF protocol assignments, with Teredo 2001::/32
            "2001:db8::/32", // documentation
            "3fff::/20"); // documentation

    private static final IPAddress NAT64 = block("64:ff9b::/96");

    /** Where a delivery goes: the URL, and the address (one of those checked) to connect to. */
    public record Target(URI uri, String host, int port, boolean https, InetAddress address) {
        /** The path and query to request. */
        String requestTarget() {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
    }

    /** The outcome of a check: a target, or why there is none. */
    public record Checked(Target target, String refusal) {}

    /** Looks a host name up; a test gives its own. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    @Inject
    WebhookTargets(WebhookConfig config) {
        this(config.allowPrivateTargets(), InetAddress::getAllByName);
    }

    WebhookTargets(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    WebhookTargets(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Why deliveries may not go to this URL, or empty when they may. */
    public Optional<String> refusal(String url) {
        return Optional.ofNullable(check(url).refusal());
    }

    /** Checks a URL and, when deliveries may go there, resolves it once to the address to connect to. */
    public Checked check(String url) {
        if (url == null || url.isBlank()) {
            return refused("url is required: the http or https URL events are POSTed to.");
        }
        if (url.length() > MAX_URL_LENGTH) {
            return refused("url is longer than " + MAX_URL_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return refused("url is not a valid URL: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            return refused("url must be an http or https URL.");
        }
        if (uri.getRawUserInfo() != null
                || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            return refused("url must not carry credentials (user:password@).");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            // java.net.URI has no host for 0x7f.1 or 127.1, which other readers take for an address
            String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
            String named = authority.replaceFirst(":[0-9]*$", "");
            IPAddress literal = new IPAddressString(named, LITERAL).getAddress();
            if (literal != null && literal.isIPv4()) {
                return ambiguous(named, literal);
            }
            return refused("url has no host, or a host that is neither a name nor an IP address.");
        }
        if (uri.getRawFragment() != null) {
            return refused("url must not have a fragment (#…): it is never sent.");
        }
        String host = uri.getHost();
        boolean bracketed = host.startsWith("[") && host.endsWith("]");
        String bare = bracketed ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        IPAddress literal = new IPAddressString(bare, LITERAL).getAddress();
        if (literal != null) {
            if (literal.isIPv4() && !bare.equals(literal.toCanonicalString())) {
                return ambiguous(host, literal);
            }
            addresses = new InetAddress[] {literal.toInetAddress()};
        } else if (bare.matches("(?i)(.*\\.)?([0-9]+|0x[0-9a-f]*)\\.?")) {
            // a name whose last label is a number is read as an IPv4 address by browsers and curl (WHATWG URL)
            return refused("The host '" + host + "' is neither a host name nor an IP address.");
        } else {
            try {
                addresses = resolver.resolve(bare);
            } catch (UnknownHostException | SecurityException e) {
                return refused("The host '" + host + "' does not resolve.");
            }
            if (addresses.length == 0) {
                return refused("The host '" + host + "' does not resolve.");
            }
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                IPAddress ip = toIpAddress(address);
                if (isInternal(ip)) {
                    return refused(internal(host, ip));
                }
            }
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        return new Checked(new Target(uri, bare, port, "https".equals(scheme), addresses[0]), null);
    }

    private Checked ambiguous(String host, IPAddress literal) {
        return refused("The host '" + host + "' is an IPv4 address (" + literal + ") written other than as four"
                + " decimal numbers: "
                + (isInternal(literal) && !allowPrivate ? internal(host, literal) : "write it as " + literal + "."));
    }

    private static String internal(String host, IPAddress address) {
        return "The host '" + host + "' is or resolves to " + address + ", a loopback, private, link-local,"
                + " documentation or otherwise internal address: webhooks go to public addresses only.";
    }

    private static Checked refused(String why) {
        return new Checked(null, why);
    }

    static boolean isInternal(InetAddress address) {
        return isInternal(toIpAddress(address));
    }

    /** Whether an address is anything but public unicast, judging IPv6 forms that carry IPv4 by that address. */
    static boolean isInternal(IPAddress address) {
        if (address.isIPv4()) {
            return isInternal(address.toIPv4());
        }
        IPv6Address v6 = address.toIPv6();
        if (v6.isIPv4Mapped() || v6.isIPv4Compatible() || NAT64.contains(v6)) {
            return isInternal(v6.getEmbeddedIPv4Address());
        }
        if (v6.is6To4()) {
            return isInternal(v6.get6To4IPv4Address());
        }
        return !GLOBAL_V6.contains(v6) || INTERNAL_V6.stream().anyMatch(block -> block.contains(v6));
    }

    private static boolean isInternal(IPv4Address v4) {
        return INTERNAL_V4.stream().anyMatch(block -> block.contains(v4));
    }

    private static IPAddress toIpAddress(InetAddress address) {
        return new IPAddressString(address.getHostAddress().replaceFirst("%.*", "")).getAddress();
    }

    private static IPAddress block(String cidr) {
        return new IPAddressString(cidr).getAddress().toPrefixBlock();
    }

    private static List<IPAddress> blocks(String... cidrs) {
        return Arrays.stream(cidrs).map(WebhookTargets::block).toList();
    }
}
