package vn.backan.congress.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Token bucket arithmetic with worked examples: capacity 3, 0.5 tokens per second (one every 2 s). */
class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullBucketAllowsABurstOfItsCapacityThenRefuses() {
        TokenBucket bucket = new TokenBucket(3, 0.5, 0);

        TokenBucket.Decision first = bucket.take(0);
        assertTrue(first.allowed());
        assertEquals(3, first.limit());
        assertEquals(2, first.remaining());
        assertEquals(2, first.resetSeconds()); // 1 token missing at 0.5/s
        assertTrue(bucket.take(0).allowed());
        TokenBucket.Decision third = bucket.take(0);
        assertTrue(third.allowed());
        assertEquals(0, third.remaining());
        assertEquals(6, third.resetSeconds()); // 3 tokens missing at 0.5/s

        TokenBucket.Decision fourth = bucket.take(0);
        assertFalse(fourth.allowed());
        assertEquals(0, fourth.remaining());
        assertEquals(2, fourth.retryAfterSeconds()); // next token in 2 s
    }

    @Test
    void tokensComeBackWithTimeButNeverBeyondCapacity() {
        TokenBucket bucket = new TokenBucket(3, 0.5, 0);
        for (int i = 0; i < 3; i++) {
            bucket.take(0);
        }
        // 1 s later: half a token, still refused, the next one is 1 s away.
        TokenBucket.Decision early = bucket.take(SECOND);
        assertFalse(early.allowed());
        assertEquals(1, early.retryAfterSeconds());
        // 2 s after emptying: exactly one token.
        TokenBucket.Decision onTime = bucket.take(2 * SECOND);
        assertTrue(onTime.allowed());
        assertEquals(0, onTime.remaining());
        // An hour later the bucket holds 3, not 1800.
        TokenBucket.Decision later = bucket.take(3600 * SECOND);
        assertEquals(2, later.remaining());
    }

    @Test
    void nonsenseSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(5, 0, 0));
    }
}
