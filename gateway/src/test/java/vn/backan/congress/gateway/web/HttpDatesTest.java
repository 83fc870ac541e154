package vn.backan.congress.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HttpDatesTest {

    /**
     * 2026-12-02T08:00:00Z: 56 years from 1970 with 14 leap days (1972 to 2024) is 20,454 days to
     * 2026-01-01, then 334 days to 1 December and one more: 20,789 days, 1,796,169,600 s, plus 8 h.
     */
    private static final long DEC_2_0800_MILLIS = 1_796_198_400_000L;

    @Test
    void formatsTheImfFixdateOfTheSecondAndReusesItOnlyWithinThatSecond() {
        assertEquals("Wed, 02 Dec 2026 08:00:00 GMT", HttpDates.of(DEC_2_0800_MILLIS));
        assertEquals("Wed, 02 Dec 2026 08:00:00 GMT", HttpDates.of(DEC_2_0800_MILLIS + 999));
        assertEquals("Wed, 02 Dec 2026 08:00:01 GMT", HttpDates.of(DEC_2_0800_MILLIS + 1_000));
        // Back to an earlier second (another thread's clock read a moment before): made again, not reused.
        assertEquals("Wed, 02 Dec 2026 08:00:00 GMT", HttpDates.of(DEC_2_0800_MILLIS + 500));
        assertEquals("Thu, 01 Jan 1970 00:00:00 GMT", HttpDates.of(0));
        assertEquals("Wed, 31 Dec 1969 23:59:59 GMT", HttpDates.of(-1), "a second starts at its floor");
    }
}
