package vn.backan.congress.commons.etag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConditionalReadsTest {

    private static final Instant MODIFIED = Instant.parse("2026-12-02T08:00:00.750Z");

    @Test
    void ifNoneMatchDecidesAndIfModifiedSinceCountsOnlyWithoutIt() {
        assertTrue(ConditionalReads.notModified("\"a\"", null, "\"a\"", MODIFIED));
        assertTrue(ConditionalReads.notModified("W/\"a\", \"b\"", null, "\"a\"", MODIFIED));
        assertFalse(ConditionalReads.notModified("\"b\"", "Wed, 02 Dec 2026 08:00:00 GMT", "\"a\"", MODIFIED));
        // To the second: 08:00:00.750 was not modified since 08:00:00.
        assertTrue(ConditionalReads.notModified(null, "Wed, 02 Dec 2026 08:00:00 GMT", "\"a\"", MODIFIED));
        assertFalse(ConditionalReads.notModified(null, "Wed, 02 Dec 2026 07:59:59 GMT", "\"a\"", MODIFIED));
        assertFalse(ConditionalReads.notModified(null, "yesterday", "\"a\"", MODIFIED));
        assertFalse(ConditionalReads.notModified(null, null, "\"a\"", MODIFIED));
    }

    @Test
    void httpDatesAreToTheSecondInGmt() {
        assertEquals("Wed, 2 Dec 2026 08:00:00 GMT", ConditionalReads.httpDate(MODIFIED));
        assertEquals(Instant.parse("2026-12-02T08:00:00Z"), ConditionalReads.parseHttpDate("Wed, 02 Dec 2026 08:00:00 GMT"));
        assertEquals(null, ConditionalReads.parseHttpDate("not a date"));
    }

    @Test
    void gzipIsAcceptedUnlessRefusedWithQZero() {
        assertTrue(ConditionalReads.acceptsGzip("gzip, deflate, br"));
        assertTrue(ConditionalReads.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertTrue(ConditionalReads.acceptsGzip("*"));
        assertFalse(ConditionalReads.acceptsGzip("gzip;q=0, identity"));
        assertFalse(ConditionalReads.acceptsGzip("gzip; q=0.0"));
        assertFalse(ConditionalReads.acceptsGzip("identity"));
        assertFalse(ConditionalReads.acceptsGzip(null));
    }
}
