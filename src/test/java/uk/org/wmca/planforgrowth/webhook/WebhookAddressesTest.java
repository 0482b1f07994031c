package uk.org.wmca.planforgrowth.webhook;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.wmca.planforgrowth.TestDatabases;

/**
 * The write API with the production rule (public addresses only): a subscription to an internal address, in any
 * spelling, is a 422 naming {@code url}; nothing is created.
 */
@QuarkusTest
@TestProfile(WebhookAddressesTest.PublicOnly.class)
class WebhookAddressesTest {

    public static class PublicOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    TestDatabases.url("webhook-addresses"),
                    "pfg.webhooks.allow-private-targets",
                    "false");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/",
                "http://2130706433/",
                "http://0177.0.0.1/",
                "http://0x7f.1/",
                "http://0x7f000001/",
                "http://127.1/",
                "http://[::ffff:127.0.0.1]/",
                "http://[::127.0.0.1]/",
                "http://[64:ff9b::a9fe:a9fe]/",
                "http://[2002:7f00:1::]/",
                "http://[2002:a9fe:a9fe::]/",
                "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
                "http://169.254.169.254/latest/meta-data/",
                "http://100.64.0.1/",
                "http://192.0.2.10/",
                "http://198.51.100.10/",
                "http://203.0.113.10/",
                "http://[2001:db8::10]/",
                "http://[fe80::1]/",
                "http://[ff02::1]/",
                "http://localhost:8080/"
            })
    void internalAddressesInEverySpellingAreRefused(String url) {
        Response answer = WebhookResourceTest.create(Map.of("url", url, "events", List.of("*")));
        answer.then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .header("X-Content-Type-Options", "nosniff")
                .body("requestId", equalTo(answer.header("X-Request-Id")))
                .body("errors.name", contains("url"))
                .body("errors[0].message", containsString("address"));
        WebhookResourceTest.asAdmin()
                .get("/api/v1/admin/webhooks")
                .then()
                .statusCode(200)
                .body("data.findAll { it.url == '" + url + "' }.size()", equalTo(0));
    }
}
