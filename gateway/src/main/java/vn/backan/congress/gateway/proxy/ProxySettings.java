package vn.backan.congress.gateway.proxy;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.backan.congress.gateway.config.GatewayConfig;
import vn.backan.congress.gateway.limits.RateLimiter;
import vn.backan.congress.gateway.metrics.GatewayMetrics;

/** What every proxied exchange shares: body limit, compression rule, rate limiter, metrics and the read cache. */
@ApplicationScoped
public class ProxySettings {

    private final long maxBodyBytes;
    private final ResponseCompression compression;
    private final RateLimiter rateLimiter;
    private final GatewayMetrics metrics;
    private final PublicReadCache readCache;

    ProxySettings(GatewayConfig config, RateLimiter rateLimiter, GatewayMetrics metrics, PublicReadCache readCache,
            // The same limit the commons filter applies to declared lengths, so chunked bodies get it too.
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBody) {
        this.maxBodyBytes = maxBody.map(MemorySize::asLongValue).orElse(-1L);
        this.compression = new ResponseCompression(config.compression().mediaTypes());
        this.rateLimiter = rateLimiter;
        this.metrics = metrics;
        this.readCache = readCache;
    }

    /** Largest request body forwarded; negative means no limit. */
    long maxBodyBytes() {
        return maxBodyBytes;
    }

    ResponseCompression compression() {
        return compression;
    }

    RateLimiter rateLimiter() {
        return rateLimiter;
    }

    GatewayMetrics metrics() {
        return metrics;
    }

    PublicReadCache readCache() {
        return readCache;
    }
}
