package vn.backan.congress.gateway.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import vn.backan.congress.commons.web.MethodTags;
import vn.backan.congress.gateway.proxy.Upstream;

/**
 * The gateway's own meters, beside Quarkus' {@code http_server_requests} (which knows paths but not
 * upstreams). Tags stay bounded: route and upstream names come from configuration, and statuses
 * are reduced to their class.
 * <ul>
 * <li>{@code gateway_requests_seconds{route,upstream,method,status}}: count and latency per route;</li>
 * <li>{@code gateway_upstream_retries_total{upstream}}: reads sent a second time;</li>
 * <li>{@code gateway_upstream_breaker_state{upstream,state}}: 1 for the breaker's current state, else 0;</li>
 * <li>{@code gateway_rate_limited_total{group}}: requests refused with 429.</li>
 * </ul>
 */
@ApplicationScoped
public class GatewayMetrics {

    private final MeterRegistry registry;
    /** Looked up per request; building and registering a Timer each time showed in the CPU profile. */
    private final Map<ExchangeKey, Timer> exchangeTimers = new ConcurrentHashMap<>();

    GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void exchange(String route, String upstream, String method, int status, long nanos) {
        ExchangeKey key = new ExchangeKey(route, upstream, MethodTags.of(method),
                statusClass(status));
        exchangeTimers.computeIfAbsent(key, this::exchangeTimer).record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer exchangeTimer(ExchangeKey key) {
        return Timer.builder("gateway.requests")
                .description("Requests the gateway proxied, by route, upstream and status class")
                .tag("route", key.route()).tag("upstream", key.upstream()).tag("method", key.method())
                .tag("status", key.statusClass())
                .register(registry);
    }

    private record ExchangeKey(String route, String upstream, String method, String statusClass) {
    }

    public void retried(String upstream) {
        Counter.builder("gateway.upstream.retries").description("Reads sent to an upstream a second time")
                .tag("upstream", upstream).register(registry).increment();
    }

    public void rateLimited(String group) {
        Counter.builder("gateway.rate.limited").description("Requests refused with 429")
                .tag("group", group).register(registry).increment();
    }

    /** One gauge per state, so a dashboard can plot "open" directly. */
    public void watchBreaker(Upstream upstream) {
        for (CircuitBreakerState state : CircuitBreakerState.values()) {
            Gauge.builder("gateway.upstream.breaker.state", upstream, u -> u.guard().state() == state ? 1 : 0)
                    .description("Circuit breaker state per upstream (1 = current)")
                    .tag("upstream", upstream.name()).tag("state", state.name().toLowerCase(Locale.ROOT))
                    .strongReference(true)
                    .register(registry);
        }
    }

    static String statusClass(int status) {
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "unknown";
    }
}
