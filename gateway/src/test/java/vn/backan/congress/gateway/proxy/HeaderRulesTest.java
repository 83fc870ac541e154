package vn.backan.congress.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Plain unit tests of the header and path rules, without starting Quarkus. */
class HeaderRulesTest {

    @Test
    void stripsConnectionNamedAndFixedHopByHopHeadersOnly() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add("Connection", "close, X-A")
                .add("Connection", "x-b")
                .add("X-A", "1").add("X-B", "2")
                .add("Keep-Alive", "timeout=5").add("TE", "trailers").add("Trailer", "X-Sum")
                .add("Transfer-Encoding", "chunked").add("Upgrade", "foo")
                .add("Proxy-Authorization", "p").add("proxy-whatever", "p")
                .add("Accept", "application/json").add("X-Request-Id", "r1");

        HopByHopHeaders.strip(headers);

        assertEquals(2, headers.size(), headers.toString());
        assertEquals("application/json", headers.get("Accept"));
        assertEquals("r1", headers.get("X-Request-Id"));
    }

    @Test
    void stripPrefixKeepsARootedPathAndTheQuery() {
        assertEquals("/q/health/ready", ExchangeInterceptor.stripped("/services/targets/q/health/ready", "/services/targets"));
        assertEquals("/?full=1", ExchangeInterceptor.stripped("/services/targets?full=1", "/services/targets"));
        assertEquals("/", ExchangeInterceptor.stripped("/services/targets", "/services/targets"));
        assertEquals("/other", ExchangeInterceptor.stripped("/other", "/services/targets"));
    }

    @Test
    void onlyTimeoutsBecome504() {
        assertTrue(UpstreamFailures.isTimeout(new RuntimeException(new TimeoutException("late"))));
        assertFalse(UpstreamFailures.isTimeout(new java.net.ConnectException("refused")));
    }
}
