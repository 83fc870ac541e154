package vn.backan.congress.gateway.limits;

/**
 * A token bucket: holds up to {@code capacity} tokens, gains {@code refillPerSecond} continuously,
 * and each request takes one. Time comes in as an argument (nanoseconds), so it is plain logic.
 */
public final class TokenBucket {

    /** The outcome of one request, with what the {@code RateLimit-*} headers report. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {
    }

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final int capacity;
    private final double refillPerSecond;
    private double tokens;
    private long lastNanos;

    public TokenBucket(int capacity, double refillPerSecond, long nowNanos) {
        if (capacity < 1 || !(refillPerSecond > 0)) {
            throw new IllegalArgumentException("capacity must be >= 1 and refill > 0, got " + capacity + ", " + refillPerSecond);
        }
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
        this.tokens = capacity;
        this.lastNanos = nowNanos;
    }

    /** Takes a token if there is one. Synchronized: clients' requests arrive on several event loops. */
    public synchronized Decision take(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - lastNanos);
        tokens = Math.min(capacity, tokens + elapsed / NANOS_PER_SECOND * refillPerSecond);
        lastNanos = nowNanos;
        boolean allowed = tokens >= 1;
        if (allowed) {
            tokens -= 1;
        }
        long untilFull = ceilSeconds((capacity - tokens) / refillPerSecond);
        long untilNext = allowed ? 0 : Math.max(1, ceilSeconds((1 - tokens) / refillPerSecond));
        return new Decision(allowed, capacity, (int) Math.floor(tokens), untilFull, untilNext);
    }

    /** Seconds an idle bucket takes to fill up, after which forgetting it changes nothing. */
    public static double secondsToFill(int capacity, double refillPerSecond) {
        return capacity / refillPerSecond;
    }

    private static long ceilSeconds(double seconds) {
        // Guard against 0.999999 turning into 1 by floating-point noise, and against tiny negatives.
        return (long) Math.ceil(Math.max(0, seconds) - 1e-9);
    }
}
