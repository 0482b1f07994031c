package uk.org.wmca.planforgrowth.http;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;
import uk.org.wmca.planforgrowth.TestDatabases;

/**
 * The edge as operators run it, with budgets small enough to exhaust in a test: rate limiting on (5 requests an hour
 * per address, 10 per token, so that no token comes back during a test), client addresses from
 * {@code X-Forwarded-For}, one origin allowed to write, and a token service that knows one secret. Its own database.
 */
public class EdgeTestProfile implements QuarkusTestProfile {

    static final String WRITE_ORIGIN = "https://editor.example.org";
    static final String TOKEN_SECRET = FixedVerifiedTokens.SECRET;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("quarkus.datasource.jdbc.url", TestDatabases.url("edge")),
                Map.entry("pfg.rate-limit.enabled", "true"),
                Map.entry("pfg.rate-limit.anonymous.limit", "5"),
                Map.entry("pfg.rate-limit.anonymous.burst", "5"),
                Map.entry("pfg.rate-limit.anonymous.period", "1h"),
                Map.entry("pfg.rate-limit.token.limit", "10"),
                Map.entry("pfg.rate-limit.token.burst", "10"),
                Map.entry("pfg.rate-limit.token.period", "1h"),
                Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                Map.entry("pfg.cors.write-origins", WRITE_ORIGIN));
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(FixedVerifiedTokens.class);
    }
}
