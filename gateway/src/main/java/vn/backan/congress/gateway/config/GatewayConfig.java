package vn.backan.congress.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting of the gateway, under {@code gateway.}: the route table (named upstreams and the
 * path prefixes sent to each), limits, CORS, compression, health, the overview and the merged
 * contract. Kept in configuration so that the local stack, CI and production only differ in
 * properties or environment variables (e.g. {@code GATEWAY_UPSTREAMS_TARGETS_URL}).
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The public listener: its port and the limits it holds each connection to. */
    Edge edge();

    /** Upstream services by name ({@code targets}, {@code programs}, ...). */
    Map<String, Upstream> upstreams();

    /** Routes by name; the name only serves logs and error messages. */
    Map<String, Route> routes();

    Health health();

    /** Token buckets by group name; each route names its group ({@code gateway.routes.<r>.rate-limit-group}). */
    Map<String, RateLimit> rateLimits();

    /** How clients are told apart for rate limiting, and how many are remembered. */
    Clients clients();

    Cors cors();

    Compression compression();

    Overview overview();

    OpenApi openapi();

    /** The gateway's own reads of the services: their contracts and the overview's parts. */
    UpstreamReads upstreamReader();

    /** Public answers the gateway keeps and serves without asking the service again. */
    ReadCache readCache();

    /** The open-data catalogue (DCAT-AP) at /catalog: where the data is published, by whom, under what licence. */
    Catalog catalog();

    /** The one download of every dataset at /download.zip. */
    Download download();

    interface Edge {

        /** All interfaces: a cluster's Service and the local stack reach the gateway here. */
        @WithDefault("0.0.0.0")
        String host();

        int port();

        /** Like quarkus.http.test-port: tests take a free port, so a running stack never gets in their way. */
        @WithDefault("0")
        int testPort();

        /** Headers must be complete within this of connecting or of the previous answer; 0s: no deadline. */
        @WithDefault("10s")
        Duration headerTimeout();

        /** Connections one client address may hold, more are closed at once; 0: no cap. */
        @WithDefault("256")
        int maxConnectionsPerAddress();

        /**
         * Whether X-Forwarded-For/-Proto/-Host name the client. Only behind a proxy that sets them
         * and that alone can reach the gateway (a cluster's Ingress); they are anyone's to write.
         */
        @WithDefault("false")
        boolean trustForwardedHeaders();
    }

    interface Upstream {

        /** Base URL: scheme, host and port; any path is ignored (routes decide the path). */
        URI url();

        /** Short, so a dead upstream is reported as 502 quickly instead of hanging the client. */
        @WithDefault("1s")
        Duration connectTimeout();

        /**
         * How long a pooled keep-alive connection may sit unused before the gateway closes it. Shorter
         * than the upstream keeps an idle connection (75s, commons' quarkus.http.idle-timeout), so the
         * gateway lets go first and never writes a request into a connection the upstream is closing.
         */
        @WithDefault("60s")
        Duration idleTimeout();

        /** Longest wait for the upstream's response (time without data); beyond it the client gets 504. */
        @WithDefault("30s")
        Duration requestTimeout();

        /** Bound on open connections per upstream, so one slow service cannot exhaust sockets. */
        @WithDefault("32")
        int maxPoolSize();

        /** Requests queued beyond the pool before new ones are refused at once with a 503. */
        @WithDefault("256")
        int maxWaitQueueSize();

        /** Where readiness asks whether the upstream is ready, on its management port. */
        @WithDefault("/q/health/ready")
        String healthPath();

        /** The upstream's management listener (health, metrics): same host as {@code url}, this port. */
        @WithDefault("9000")
        int managementPort();

        /** Whether it publishes an API contract (/q/openapi) that /openapi merges; the portal does not. */
        @WithDefault("true")
        boolean publishesApi();

        Breaker breaker();
    }

    /** The circuit breaker in front of one upstream: it counts transport failures (refused, reset, timeout). */
    interface Breaker {

        /** Share of failures among the last {@code request-volume-threshold} calls that opens the breaker. */
        @WithDefault("0.5")
        double failureRatio();

        /** How many recent calls the ratio is computed over (the rolling window). */
        @WithDefault("10")
        int requestVolumeThreshold();

        /** How long the breaker stays open (answering 503 at once) before it lets a trial call through. */
        @WithDefault("5s")
        Duration delay();

        /** Successful trial calls needed to close it again. */
        @WithDefault("1")
        int successThreshold();
    }

    interface Route {

        /** Name of an entry under {@code gateway.upstreams}. */
        String upstream();

        /** Path prefixes handled by this route; each matches itself and anything below it. */
        List<String> prefixes();

        /** Paths handled by this route exactly, nothing below them (the portal's "/"). */
        Optional<List<String>> paths();

        /** Removed from the start of the path before forwarding (e.g. {@code /services/targets}). */
        Optional<String> stripPrefix();

        /** Name of an entry under {@code gateway.rate-limits}. */
        @WithDefault("default")
        String rateLimitGroup();
    }

    /** A token bucket per client: it holds up to {@code capacity} requests and refills continuously. */
    interface RateLimit {

        /** Burst size for anonymous clients. */
        @WithDefault("120")
        int capacity();

        /** Sustained requests per second for anonymous clients. */
        @WithDefault("2")
        double refillPerSecond();

        /** Burst size for clients that send {@code Authorization: Bearer} (the services check the token). */
        @WithDefault("600")
        int authenticatedCapacity();

        @WithDefault("10")
        double authenticatedRefillPerSecond();
    }

    interface Clients {

        /** Most buckets remembered at once; beyond it the least recently used are dropped. */
        @WithDefault("100000")
        int maxTracked();

        /**
         * The API keys issued to clients. A request is counted under its X-Api-Key only when the key
         * is one of these; any other key counts as its address, or a client could take a fresh bucket
         * with every request by inventing keys.
         */
        Optional<Set<String>> apiKeys();
    }

    interface Cors {

        /** Origins allowed to write (POST, PUT, PATCH, DELETE); reads are allowed from any origin. */
        Optional<List<String>> writeOrigins();

        /** Request headers a browser may send cross-origin. */
        @WithDefault("Accept,Accept-Language,Authorization,Content-Type,If-Match,If-None-Match,"
                + "Idempotency-Key,X-Api-Key,X-Request-Id")
        List<String> allowedHeaders();

        /** Response headers a browser script may read. */
        @WithDefault("ETag,Last-Modified,Link,Location,Retry-After,X-Request-Id,X-Total-Count,Content-Disposition,"
                + "Idempotent-Replayed,RateLimit-Limit,RateLimit-Remaining,RateLimit-Reset")
        List<String> exposedHeaders();

        /** How long a browser may cache a preflight answer. */
        @WithDefault("10m")
        Duration maxAge();
    }

    interface Compression {

        /** Media types the gateway compresses (gzip/deflate, as the client accepts); others pass as they are. */
        @WithDefault("application/json,application/problem+json,text/csv")
        List<String> mediaTypes();
    }

    interface Health {

        /** Per-upstream limit for the readiness probe, well below a load balancer's probe timeout. */
        @WithDefault("1s")
        Duration timeout();
    }

    /** GET /api/v1/overview: the three services' headline data for a phone's first screen. */
    interface Overview {

        /** Longest wait for each service's part; past it, that section is marked unavailable. */
        @WithDefault("2s")
        Duration upstreamTimeout();
    }

    /** GET /openapi: the gateway's own document merged with each service's. */
    interface OpenApi {

        /** How long a service's contract is kept before it is read again. */
        @WithDefault("60s")
        Duration refresh();
    }

    /** A small pool of 8 connections per service for the gateway's own reads, separate from the proxy's. */
    interface UpstreamReads {

        /** Reads that may wait for one of a service's connections; beyond, they fail at once. */
        @WithDefault("16")
        int maxWaitQueueSize();

        /** Longest wait for a connection (from the pool or a new one) before a read fails. */
        @WithDefault("1s")
        Duration connectionWait();
    }

    /**
     * Public reads (no token, {@code Cache-Control: public}) kept at the gateway. A write the gateway
     * forwards to a service forgets that service's answers before the write is answered, when the
     * service says it changed data; {@code ttl} bounds how long a write made elsewhere (through
     * another gateway replica) can go unseen: with the services' half-second poll, one second in all
     * (docs/adr/0003-one-rule-for-kept-reads.md).
     */
    interface ReadCache {

        @WithDefault("true")
        boolean enabled();

        @WithDefault("500ms")
        Duration ttl();

        /** All kept answers together, in bytes. */
        @WithDefault("16777216")
        long maxBytes();

        /** A larger answer is passed on, not kept. */
        @WithDefault("1048576")
        int maxEntryBytes();
    }

    interface Catalog {

        /** The public address of this API: the catalogue's IRIs and download URLs start with it. */
        @WithDefault("http://localhost:8080")
        URI publicUrl();

        /** The licence of the data, as an IRI. */
        @WithDefault("https://creativecommons.org/licenses/by/4.0/")
        URI licence();

        /** Who publishes this copy of the data (whoever runs it, not the province). */
        @WithDefault("Bắc Kạn Congress Open Data API")
        String publisherName();

        /** Where to write about the data; the public address when unset. */
        Optional<URI> contactUrl();

        Optional<String> contactEmail();

        /** How long the services' last-change dates are waited for before the catalogue goes without them. */
        @WithDefault("2s")
        Duration upstreamTimeout();
    }

    interface Download {

        /** How long each service's file is waited for before the download is a 503. */
        @WithDefault("10s")
        Duration upstreamTimeout();
    }
}
