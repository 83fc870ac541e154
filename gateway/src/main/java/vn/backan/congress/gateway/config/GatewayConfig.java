package vn.backan.congress.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The route table: named upstreams and the path prefixes sent to each. Kept in configuration so
 * that the local stack, CI and production only differ in properties / environment variables
 * (e.g. {@code GATEWAY_UPSTREAMS_TARGETS_URL}).
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Upstream services by name ({@code targets}, {@code programs}, ...). */
    Map<String, Upstream> upstreams();

    /** Routes by name; the name only serves logs and error messages. */
    Map<String, Route> routes();

    Health health();

    interface Upstream {

        /** Base URL: scheme, host and port; any path is ignored (routes decide the path). */
        URI url();

        /** Short, so a dead upstream is reported as 502 quickly instead of hanging the client. */
        @WithDefault("1s")
        Duration connectTimeout();

        /** How long a pooled keep-alive connection may sit unused before it is closed. */
        @WithDefault("60s")
        Duration idleTimeout();

        /** Longest wait for the upstream's response (time without data); beyond it the client gets 504. */
        @WithDefault("30s")
        Duration requestTimeout();

        /** Bound on open connections per upstream, so one slow service cannot exhaust sockets. */
        @WithDefault("32")
        int maxPoolSize();

        /** Requests queued beyond the pool before new ones are refused (then answered with 502). */
        @WithDefault("256")
        int maxWaitQueueSize();

        /** Where readiness asks whether the upstream is ready. */
        @WithDefault("/q/health/ready")
        String healthPath();
    }

    interface Route {

        /** Name of an entry under {@code gateway.upstreams}. */
        String upstream();

        /** Path prefixes handled by this route; each matches itself and anything below it. */
        List<String> prefixes();

        /** Removed from the start of the path before forwarding (e.g. {@code /services/targets}). */
        Optional<String> stripPrefix();
    }

    interface Health {

        /** Per-upstream limit for the readiness probe, well below a load balancer's probe timeout. */
        @WithDefault("1s")
        Duration timeout();
    }
}
