package vn.backan.congress.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.backan.congress.gateway.config.GatewayConfig;

/** The bucket map: one bucket per group and client, bounded, and idle buckets forgotten once refilled. */
class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong();
    private final Ticker ticker = now::get;

    private static GatewayConfig.RateLimit limit(int capacity, double refill, int authCapacity, double authRefill) {
        return new GatewayConfig.RateLimit() {
            public int capacity() { return capacity; }
            public double refillPerSecond() { return refill; }
            public int authenticatedCapacity() { return authCapacity; }
            public double authenticatedRefillPerSecond() { return authRefill; }
        };
    }

    private RateLimiter limiter(int maxTracked) {
        // Slowest refill: 10 tokens at 1/s for authenticated clients, so buckets live 10 s idle.
        return new RateLimiter(Map.of("api", limit(2, 1, 10, 1), "health", limit(1, 1, 1, 1)), maxTracked, ticker, null, null, Set.of());
    }

    @Test
    void groupsClientsAndAuthenticationHaveSeparateBuckets() {
        RateLimiter limiter = limiter(100);
        assertTrue(limiter.decide("api", "ip:a", false).allowed());
        assertTrue(limiter.decide("api", "ip:a", false).allowed());
        assertFalse(limiter.decide("api", "ip:a", false).allowed());

        assertTrue(limiter.decide("api", "ip:b", false).allowed());
        assertTrue(limiter.decide("health", "ip:a", false).allowed());
        assertEquals(10, limiter.decide("api", "ip:a", true).limit());
        assertThrows(IllegalArgumentException.class, () -> limiter.decide("nope", "ip:a", false));
    }

    @Test
    void theMapStaysBoundedUnderManyClients() {
        RateLimiter limiter = limiter(50);
        for (int i = 0; i < 5_000; i++) {
            limiter.decide("api", "ip:10.0." + (i / 256) + "." + (i % 256), false);
        }
        assertTrue(limiter.trackedBuckets() <= 50, "tracked " + limiter.trackedBuckets());
    }

    @Test
    void anIdleBucketIsForgottenOnlyOnceItWouldBeFullAgain() {
        RateLimiter limiter = limiter(100);
        limiter.decide("api", "ip:a", false);
        limiter.decide("api", "ip:a", false);
        assertEquals(1, limiter.trackedBuckets());

        now.addAndGet(9 * SECOND);
        assertEquals(1, limiter.trackedBuckets(), "forgotten before the slowest bucket could refill");
        now.addAndGet(2 * SECOND);
        assertEquals(0, limiter.trackedBuckets());
        // A forgotten client starts with a full bucket, which it would have had anyway.
        assertEquals(1, limiter.decide("api", "ip:a", false).remaining());
    }
}
