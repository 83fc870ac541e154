package vn.backan.congress.gateway.proxy;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import vn.backan.congress.gateway.config.GatewayConfig;
import vn.backan.congress.gateway.metrics.GatewayMetrics;

/**
 * One Vert.x {@code HttpClient} per upstream, so each has its own timeouts and connection pool
 * and circuit breaker, and a saturated service cannot starve the others of connections: requests
 * beyond {@code max-pool-size} wait in a queue of {@code max-wait-queue-size}, and beyond that are
 * refused at once (503) instead of piling up.
 */
@ApplicationScoped
public class Upstreams {

    private final Map<String, Upstream> byName = new TreeMap<>();

    Upstreams(Vertx vertx, GatewayConfig config, GatewayMetrics metrics) {
        config.upstreams().forEach((name, cfg) -> byName.put(name, create(vertx, name, cfg)));
        byName.values().forEach(metrics::watchBreaker);
    }

    private static Upstream create(Vertx vertx, String name, GatewayConfig.Upstream cfg) {
        URI url = cfg.url();
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException("gateway.upstreams." + name + ".url must be an absolute http(s) URL, got " + url);
        }
        boolean ssl = scheme.equals("https");
        int port = url.getPort() > 0 ? url.getPort() : ssl ? 443 : 80;
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout(Math.toIntExact(cfg.connectTimeout().toMillis()))
                .setIdleTimeout(Math.toIntExact(cfg.idleTimeout().toMillis()))
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setKeepAlive(true)
                // The pool's own eviction of an unused connection (seconds), at the same idle
                // timeout: the gateway lets go of it before the upstream would close it.
                .setKeepAliveTimeout(keepAliveSeconds(cfg.idleTimeout()))
                .setSsl(ssl);
        PoolOptions pool = new PoolOptions()
                .setHttp1MaxSize(cfg.maxPoolSize())
                .setMaxWaitQueueSize(cfg.maxWaitQueueSize());
        return new Upstream(name, url.getHost(), port, ssl, vertx.createHttpClient(options, pool),
                new UpstreamGuard(name, cfg.breaker()), cfg);
    }

    /** Whole seconds, rounded down so the pool never keeps a connection longer than configured. */
    static int keepAliveSeconds(java.time.Duration idle) {
        return Math.toIntExact(Math.max(1, idle.toSeconds()));
    }

    public Upstream get(String name) {
        Upstream upstream = byName.get(name);
        if (upstream == null) {
            throw new IllegalArgumentException("No upstream named '" + name + "'; known: " + byName.keySet());
        }
        return upstream;
    }

    public Collection<Upstream> all() {
        return byName.values();
    }

    void close(@Observes ShutdownEvent event) {
        byName.values().forEach(u -> u.client().close());
    }
}
