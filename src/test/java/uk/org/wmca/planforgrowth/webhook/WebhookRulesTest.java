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
