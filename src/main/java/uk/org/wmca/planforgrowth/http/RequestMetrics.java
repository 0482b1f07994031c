package uk.org.wmca.planforgrowth.http;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Set;
import uk.org.wmca.planforgrowth.common.AllowedMethods;

/**
 * Latency per route as a Prometheus histogram: {@code http_server_requests_seconds_bucket} with a few fixed bounds
 * (1 ms to 5 s), so that dashboards can compute percentiles across instances with {@code histogram_quantile}.
 * The {@code uri} label is bounded: a request that matched none of our routes and failed (a 404 for
 * {@code //random}, a 400 for a malformed request) is counted under {@value #UNKNOWN_URI}, so that random paths
 * cannot use up the label limit ({@code quarkus.micrometer.binder.http-server.max-uri-tags}) and stop real routes
 * from being recorded.
 */
public class RequestMetrics {

    /** The {@code uri} label of every request to a path that is none of our routes. */
    static final String UNKNOWN_URI = "UNKNOWN";

    /** The labels Quarkus gives itself to requests that matched no template. */
    private static final Set<String> MARKERS = Set.of("NOT_FOUND", "REDIRECTION", "root", UNKNOWN_URI);

    private static final double[] BOUNDS_SECONDS = {0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

    @Produces
    @Singleton
    MeterFilter boundedUris(AllowedMethods routes) {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith("http.server.")) {
                    return id;
                }
                String uri = id.getTag("uri");
                if (uri == null || MARKERS.contains(uri) || routes.isRoute(uri) || answered(id.getTag("status"))) {
                    return id;
                }
                return id.replaceTags(id.getTags().stream()
                        .map(tag -> tag.getKey().equals("uri") ? Tag.of("uri", UNKNOWN_URI) : tag)
                        .toList());
            }
        };
    }

    /** A 2xx or 3xx: the path exists (a static file, an operations endpoint), so the set of such paths is bounded. */
    private static boolean answered(String status) {
        return status != null && (status.startsWith("2") || status.startsWith("3"));
    }

    @Produces
    @Singleton
    MeterFilter latencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                double[] nanos = new double[BOUNDS_SECONDS.length];
                for (int i = 0; i < nanos.length; i++) {
                    nanos[i] =
                            Duration.ofNanos((long) (BOUNDS_SECONDS[i] * 1e9)).toNanos();
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(nanos)
                        .build()
                        .merge(config);
            }
        };
    }
}
