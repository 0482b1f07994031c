package uk.org.wmca.planforgrowth.http;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Latency per route as a Prometheus histogram: {@code http_server_requests_seconds_bucket} with a few fixed bounds
 * (1 ms to 5 s), so that dashboards can compute percentiles across instances with {@code histogram_quantile}.
 */
public class RequestMetrics {

    private static final double[] BOUNDS_SECONDS = {0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

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
