package vn.backan.congress.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccessLogDurationTest {

    private static String tenths(long nanos) {
        return AccessLog.appendTenths(new StringBuilder(), nanos).toString();
    }

    @Test
    void writesMillisecondsWithOneDecimalRoundedHalfUp() {
        assertEquals("0.0", tenths(0));
        assertEquals("0.0", tenths(49_999), "0.049999 ms rounds down");
        assertEquals("0.1", tenths(50_000), "0.05 ms rounds up");
        assertEquals("1.3", tenths(1_250_000));
        assertEquals("26.8", tenths(26_789_000));
        assertEquals("123.5", tenths(123_456_789));
        assertEquals("1000.0", tenths(999_960_000), "999.96 ms carries into the thousands");
    }
}
