package vn.backan.congress.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A dead or slow upstream gives a problem+json 502/504 for its own paths only. */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class UpstreamFailureTest {

    private static final String PROBLEM = "application/problem+json";

    private final WireMockServer upstream = UpstreamStubs.server();

    @BeforeEach
    void reset() {
        upstream.resetAll();
        // Other classes' calls to the dead upstream must not have opened its breaker (503, not 502).
        CircuitBreakerMaintenance.get().resetAll();
    }

    /** Keeps the log records of one logger while a test runs. */
    private static final class Captured extends Handler {
        final List<LogRecord> records = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext) {
                ext.copyMdc(); // the MDC as it was on the logging thread
            }
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void theLogLineOfAFailedExchangeCarriesItsRequestId() {
        Logger logger = Logger.getLogger("vn.backan.congress.gateway.proxy.ExchangeInterceptor");
        Captured captured = new Captured();
        logger.addHandler(captured);
        try {
            given().header("X-Request-Id", "trace-log").when().get("/api/v1/people/99").then().statusCode(502);
        } finally {
            logger.removeHandler(captured);
        }

        // Logged in the callback of the upstream call, not on the thread that took the request.
        LogRecord line = captured.records.stream()
                .filter(r -> String.valueOf(r.getParameters() == null ? r.getMessage()
                        : java.util.Arrays.toString(r.getParameters())).contains("/api/v1/people/99"))
                .findFirst().orElseThrow(() -> new AssertionError("no log line for the failed exchange"));
        assertEquals("trace-log", ((ExtLogRecord) line).getMdc("requestId"));
    }

    @Test
    void refusedConnectionIsAQuick502ProblemWhileOtherRoutesStillWork() {
        long start = System.nanoTime();
        Response response = given().header("X-Request-Id", "trace-502").when().get("/api/v1/people/12");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        response.then()
                .statusCode(502)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:backan-congress:problem:upstream-unavailable"))
                .body("title", equalTo("Bad Gateway"))
                .body("status", equalTo(502))
                .body("detail", not(emptyOrNullString()))
                .body("instance", equalTo("/api/v1/people/12"))
                .body("requestId", equalTo("trace-502"))
                .header("Retry-After", equalTo("5"));
        assertEquals(1, response.headers().getValues("X-Request-Id").size());
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "502 took " + took);

        upstream.stubFor(get(urlPathEqualTo("/api/v1/indicators")).willReturn(aResponse().withStatus(200).withBody("alive")));
        given().when().get("/api/v1/indicators").then().statusCode(200).body(equalTo("alive"));
    }

    @Test
    void aSlowUploadIsNotASlowUpstream() throws Exception {
        upstream.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/api/v1/updates"))
                .willReturn(aResponse().withStatus(201).withBody("stored")));
        // 100 bytes in 10 pieces, 200 ms apart: 2 s of upload against programs' 800 ms request timeout.
        String[] pieces = new String[11];
        pieces[0] = "POST /api/v1/updates HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                + "Content-Length: 100\r\nConnection: close\r\n\r\n";
        java.util.Arrays.fill(pieces, 1, 11, "0123456789");
        String head = RawHttp.exchange(200, pieces);
        assertTrue(head.startsWith("HTTP/1.1 201"), head);
        assertEquals("0123456789".repeat(10), upstream.findAll(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlPathEqualTo("/api/v1/updates"))).get(0).getBodyAsString());
    }

    @Test
    void anUpstreamSlowToAnswerAWholeBodyIsStillA504() {
        upstream.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/api/v1/updates"))
                .willReturn(aResponse().withStatus(201).withFixedDelay(UpstreamStubs.PROGRAMS_TIMEOUT_MS * 4)));
        given().contentType("text/plain").body("whole").when().post("/api/v1/updates").then().statusCode(504)
                .contentType("application/problem+json");
    }

    @Test
    void aWebSocketUpgradeGetsTheSameFaultHandlingAsAnyRequest() throws Exception {
        // elections is the dead upstream; an upgrade request must not slip past the breaker and problems.
        String head = RawHttp.exchange(0, "GET /api/v1/congress HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
        assertTrue(head.startsWith("HTTP/1.1 502"), head);
        assertTrue(head.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"), head);
    }

    @Test
    void aDeadServicesReadIsA502ProblemNamingThePath() {
        given().when().get("/api/v1/congress").then()
                .statusCode(502)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:backan-congress:problem:upstream-unavailable"))
                .body("instance", equalTo("/api/v1/congress"));
    }

    @Test
    void slowUpstreamIsA504Problem() {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/plan/slow")).willReturn(aResponse()
                .withStatus(200).withBody("too late").withFixedDelay(UpstreamStubs.PROGRAMS_TIMEOUT_MS * 4)));

        Response response = given().when().get("/api/v1/plan/slow");

        response.then()
                .statusCode(504)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:backan-congress:problem:upstream-timeout"))
                .body("title", equalTo("Gateway Timeout"))
                .body("status", equalTo(504))
                .body("detail", not(emptyOrNullString()))
                .body("instance", equalTo("/api/v1/plan/slow"))
                .body("requestId", equalTo(response.header("X-Request-Id")));
        // The client did not wait for the upstream's late answer.
        assertTrue(response.timeIn(java.util.concurrent.TimeUnit.MILLISECONDS) < UpstreamStubs.PROGRAMS_TIMEOUT_MS * 4,
                "504 took " + response.time() + " ms");
    }

    @Test
    void upstreamAnsweringWithinItsTimeoutIsNotCutOff() {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/plan/ok")).willReturn(aResponse()
                .withStatus(200).withBody("in time").withFixedDelay(UpstreamStubs.PROGRAMS_TIMEOUT_MS / 4)));

        given().when().get("/api/v1/plan/ok").then().statusCode(200).body(equalTo("in time"));
    }
}
