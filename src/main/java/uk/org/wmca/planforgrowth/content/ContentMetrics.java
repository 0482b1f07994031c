package uk.org.wmca.planforgrowth.content;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The content version this instance serves, as Prometheus gauges: {@code pfg_content_version} and
 * {@code pfg_content_changed_at_seconds}. Instances behind one database that disagree for longer than the poll
 * interval are not seeing each other's changes.
 */
@ApplicationScoped
class ContentMetrics {

    void register(@Observes StartupEvent event, MeterRegistry registry, ContentVersion version) {
        Gauge.builder("pfg.content.version", version, v -> v.current().version())
                .description("The content version this instance serves (-1 until it has read one)")
                .register(registry);
        Gauge.builder(
                        "pfg.content.changed.at",
                        version,
                        v -> v.current().changedAt().getEpochSecond())
                .description("When the served content version came about, in seconds since the epoch")
                .baseUnit("seconds")
                .register(registry);
    }
}
