package vn.backan.congress.commons.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Latency histograms, from which an operator graphs p50, p95 and p99 across every pod
 * ({@code histogram_quantile} over the {@code _bucket} series): the requests an application serves
 * ({@code http.server.requests}), the calls it makes to another service ({@code http.client.requests})
 * and the gateway's exchanges with its upstreams ({@code gateway.requests}). Fixed buckets from
 * 5 ms to 30 s (the longest an upstream is waited for): a dozen series per timer, not the seventy
 * of Micrometer's default histogram.
 */
public final class LatencyHistograms {

    static final Set<String> TIMERS = Set.of("http.server.requests", "http.client.requests", "gateway.requests");
    static final List<Duration> BUCKETS = List.of(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30));

    @Produces
    @Singleton
    MeterFilter latencyHistograms() {
        double[] nanos = BUCKETS.stream().mapToDouble(Duration::toNanos).toArray();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!TIMERS.contains(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(Arrays.copyOf(nanos, nanos.length))
                        .build().merge(config);
            }
        };
    }
}
