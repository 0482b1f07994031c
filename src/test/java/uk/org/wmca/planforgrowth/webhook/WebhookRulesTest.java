package uk.org.wmca.planforgrowth.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Target addresses, event filters and signatures, without the application. */
class WebhookRulesTest {

    private final WebhookTargets publicOnly = new WebhookTargets(false);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/",
                "http://127.1.2.3:8080/",
                "http://localhost/",
                "http://10.1.2.3/",
                "http://172.16.0.1/",
                "http://172.31.255.255/",
                "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/",
                "http://169.254.0.1/",
                "http://0.0.0.0/",
                "http://100.64.0.1/",
                "http://224.0.0.1/",
                "http://255.255.255.255/",
                "http://[::1]/",
                "http://[::]/",
                "http://[fe80::1]/",
                "http://[fd00::1]/",
                "http://[fc00::1]/",
                "http://[::ffff:10.0.0.1]/",
                "http://[::ffff:169.254.169.254]/",
                "http://[::ffff:127.0.0.1]/"
            })
    void shouldRefuseInternalAddresses(String url) {
        String refusal = publicOnly.refusal(url).orElse(null);
        assertNotNull(refusal, url);
        assertTrue(refusal.contains("internal address"), refusal);
    }

    /** Internal addresses in every spelling that curl, a browser or the C library would read. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://2130706433/", // decimal 127.0.0.1
                "http://0177.0.0.1/", // octal
                "http://0x7f.0.0.1/", // hexadecimal
                "http://0x7f000001/",
                "http://0x7f.1/",
                "http://127.1/", // short forms
                "http://127.0.1/",
                "http://0/",
                "http://0251.0376.0251.0376/", // 169.254.169.254 in octal
                "http://2852039166/", // 169.254.169.254 in decimal
                "http://012.1.2.3/", // 10.1.2.3
                "http://[::ffff:7f00:1]/", // IPv4-mapped, hexadecimal
                "http://[::127.0.0.1]/", // IPv4-compatible
                "http://[::ffff:a9fe:a9fe]/",
                "http://[64:ff9b::127.0.0.1]/", // NAT64
                "http://[64:ff9b::a9fe:a9fe]/",
                "http://[64:ff9b::10.0.0.1]/",
                "http://[2002:7f00:1::]/", // 6to4 of 127.0.0.1
                "http://[2002:a9fe:a9fe::1]/", // 6to4 of 169.254.169.254
                "http://[2002:c0a8:101::]/", // 6to4 of 192.168.1.1
                "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", // Teredo
                "http://[2001::1]/",
                "http://192.0.2.1/", // documentation ranges
                "http://198.51.100.7/",
                "http://203.0.113.9/",
                "http://[2001:db8::1]/",
                "http://[3fff::1]/",
                "http://192.0.0.8/",
                "http://198.18.0.1/",
                "http://239.255.255.250/",
                "http://[ff02::1]/",
                "http://[fec0::1]/",
                "http://[100::1]/",
                "http://[64:ff9b:1::1]/"
            })
    void shouldRefuseInternalAddressesInEverySpelling(String url) {
        String refusal = publicOnly.refusal(url).orElse(null);
        assertNotNull(refusal, url);
        assertTrue(refusal.contains("internal address"), url + ": " + refusal);
    }

    /** A public address in an ambiguous spelling is refused too, with the spelling to use instead. */
    @ParameterizedTest
    @ValueSource(strings = {"http://134744072/", "http://010.010.010.010/", "http://0x08.8.8.8/", "http://8.8.2056/"})
    void shouldRefuseAmbiguousSpellingsOfPublicAddresses(String url) {
        String refusal = publicOnly.refusal(url).orElse(null);
        assertNotNull(refusal, url);
        assertTrue(refusal.contains("four decimal numbers"), url + ": " + refusal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://1.2.3.4.5/", "http://a.b.0x1/", "http://example.123/"})
    void shouldRefuseNamesThatEndInANumber(String url) {
        assertTrue(publicOnly.refusal(url).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://[::ffff:8.8.8.8]/",
                "https://[64:ff9b::8.8.8.8]/",
                "https://[2002:808:808::1]/",
                "https://[2a00:1450:4009:81f::200e]/"
            })
    void shouldAcceptPublicAddressesCarriedInIpv6(String url) {
        assertEquals(java.util.Optional.empty(), publicOnly.refusal(url), url);
    }

    @Test
    void shouldJudgeEveryAddressANameResolvesTo() {
        WebhookTargets targets = new WebhookTargets(false, host -> new java.net.InetAddress[] {
            java.net.InetAddress.getByName("8.8.8.8"), java.net.InetAddress.getByName("192.0.2.1")
        });
        assertTrue(targets.refusal("https://hooks.example.org/").orElseThrow().contains("192.0.2.1"));
        WebhookTargets.Checked checked = new WebhookTargets(
                        false, host -> new java.net.InetAddress[] {java.net.InetAddress.getByName("8.8.4.4")})
                .check("https://hooks.example.org:8443/a/b?c=d");
        assertNull(checked.refusal());
        assertEquals("8.8.4.4", checked.target().address().getHostAddress());
        assertEquals("hooks.example.org", checked.target().host());
        assertEquals(8443, checked.target().port());
        assertEquals("/a/b?c=d", checked.target().requestTarget());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hooks", "http://8.8.8.8:8080/x?y=1", "https://[2606:4700::1111]/"})
    void shouldAcceptPublicAddresses(String url) {
        assertEquals(java.util.Optional.empty(), publicOnly.refusal(url), url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ftp://8.8.8.8/", "file:///etc/passwd", "mailto:a@b.org", "https:///nohost", "http://8.8.8.8/#x"
            })
    void shouldRefuseWhatIsNotAPlainHttpUrl(String url) {
        assertTrue(publicOnly.refusal(url).isPresent(), url);
    }

    @Test
    void shouldAllowInternalAddressesOnlyWhenConfigured() {
        assertTrue(
                new WebhookTargets(true).refusal("http://127.0.0.1:8080/hook").isEmpty());
        assertTrue(new WebhookTargets(true).refusal("ftp://127.0.0.1/").isPresent());
    }

    @Test
    void shouldMatchEventFilters() {
        assertTrue(EventFilters.matches(List.of("*"), "cluster.published"));
        assertTrue(EventFilters.matches(List.of("cluster.published"), "cluster.published"));
        assertTrue(EventFilters.matches(List.of("*.deleted"), "theme.deleted"));
        assertTrue(EventFilters.matches(List.of("cluster.*"), "cluster.unpublished"));
        assertTrue(EventFilters.matches(List.of("theme.updated", "*.deleted"), "fact.deleted"));
        assertFalse(EventFilters.matches(List.of("cluster.published"), "cluster.updated"));
        assertFalse(EventFilters.matches(List.of("*.deleted"), "cluster.published"));
        assertFalse(EventFilters.matches(List.of("theme.*"), "cluster.published"));
        assertNull(EventFilters.problem("*.*"));
        assertNull(EventFilters.problem("plan.updated"));
        for (String bad :
                new String[] {"", "cluster", "cluster.", ".published", "cluster.moved", "x.published", "**"}) {
            assertNotNull(EventFilters.problem(bad), bad);
        }
    }

    /** The test vector of the Standard Webhooks reference libraries. */
    @Test
    void shouldSignLikeTheStandardWebhooksReference() throws Exception {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String signature =
                WebhookSignatures.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
        assertTrue(Verification.verify(
                secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", "{\"test\": 2432232314}", signature));
        assertTrue(WebhookSignatures.newSecret().matches("whsec_[A-Za-z0-9+/]{43}="));
    }
}
