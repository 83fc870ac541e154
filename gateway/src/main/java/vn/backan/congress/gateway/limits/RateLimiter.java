package vn.backan.congress.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.web.ProblemWriter;
import vn.backan.congress.gateway.config.GatewayConfig;
import vn.backan.congress.gateway.metrics.GatewayMetrics;

/**
 * One token bucket per client and route group ({@code gateway.rate-limits.<group>}). Every answer
 * on a limited route carries {@code RateLimit-Limit/-Remaining/-Reset} (IETF httpapi draft; Reset in
 * seconds until the bucket is full); a refused one is a 429 problem with {@code Retry-After}.
 * The buckets live in a bounded map: an idle bucket is dropped once it would have refilled anyway,
 * so forgetting it grants nothing, and past {@code gateway.clients.max-tracked} the least recently
 * used go first.
 */
@ApplicationScoped
public class RateLimiter {

    /** The group of routes that name none, and of the gateway's own answers. */
    public static final String DEFAULT_GROUP = "default";

    private final Map<String, GatewayConfig.RateLimit> groups;
    private final Cache<String, TokenBucket> buckets;
    private final Ticker ticker;
    private final GatewayMetrics metrics;
    private final BearerTokens bearerTokens;
    private final Set<String> issuedKeys;

    @Inject
    RateLimiter(GatewayConfig config, GatewayMetrics metrics, BearerTokens bearerTokens) {
        this(config.rateLimits(), config.clients().maxTracked(), Ticker.systemTicker(), metrics, bearerTokens,
                config.clients().apiKeys().orElse(Set.of()));
    }

    RateLimiter(Map<String, GatewayConfig.RateLimit> groups, int maxTracked, Ticker ticker, GatewayMetrics metrics,
            BearerTokens bearerTokens, Set<String> issuedKeys) {
        this.groups = Map.copyOf(groups);
        this.issuedKeys = Set.copyOf(issuedKeys);
        this.ticker = ticker;
        this.metrics = metrics;
        this.bearerTokens = bearerTokens;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxTracked)
                .expireAfterAccess(longestRefill(groups.values()))
                .ticker(ticker)
                .executor(Runnable::run) // housekeeping inline: no extra threads, and tests see it at once
                .build();
    }

    public boolean hasGroup(String group) {
        return groups.containsKey(group);
    }

    /** Counts the request; answers 429 and returns false when the client is over its allowance. */
    public boolean admit(RoutingContext ctx, String group) {
        boolean authenticated = bearerTokens.isAuthenticated(ctx.request().getHeader("Authorization"));
        TokenBucket.Decision decision = decide(group, ClientKey.of(ctx.request(), issuedKeys), authenticated);
        HttpServerResponse response = ctx.response();
        response.putHeader("RateLimit-Limit", Integer.toString(decision.limit()));
        response.putHeader("RateLimit-Remaining", Integer.toString(decision.remaining()));
        response.putHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (decision.allowed()) {
            return true;
        }
        if (metrics != null) {
            metrics.rateLimited(group);
        }
        String wait = Long.toString(decision.retryAfterSeconds());
        // An unread body would hold the connection; closing it is cheaper than reading what is refused.
        Map<String, String> headers = ctx.request().isEnded() ? Map.of("Retry-After", wait)
                : Map.of("Retry-After", wait, "Connection", "close");
        ProblemWriter.send(ctx, Problems.of(ProblemType.RATE_LIMITED, 429, "Too many requests from this client"
                + (authenticated ? "" : "; authenticated clients get a larger allowance")
                + ". Try again in " + wait + " s."), headers);
        return false;
    }

    TokenBucket.Decision decide(String group, String client, boolean authenticated) {
        GatewayConfig.RateLimit limit = groups.get(group);
        if (limit == null) {
            throw new IllegalArgumentException("No rate-limit group '" + group + "'; known: " + groups.keySet());
        }
        String key = group + '|' + (authenticated ? "auth|" : "anon|") + client;
        TokenBucket bucket = buckets.get(key, k -> authenticated
                ? new TokenBucket(limit.authenticatedCapacity(), limit.authenticatedRefillPerSecond(), ticker.read())
                : new TokenBucket(limit.capacity(), limit.refillPerSecond(), ticker.read()));
        return bucket.take(ticker.read());
    }

    long trackedBuckets() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private static Duration longestRefill(Iterable<GatewayConfig.RateLimit> limits) {
        double seconds = 1;
        for (GatewayConfig.RateLimit l : limits) {
            seconds = Math.max(seconds, TokenBucket.secondsToFill(l.capacity(), l.refillPerSecond()));
            seconds = Math.max(seconds, TokenBucket.secondsToFill(l.authenticatedCapacity(), l.authenticatedRefillPerSecond()));
        }
        return Duration.ofMillis((long) Math.ceil(seconds * 1000));
    }
}
