package vn.backan.congress.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One access line per request, with what an operator needs and nothing a client would not want kept. */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class AccessLogTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("gateway.access").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("gateway.access").removeHandler(capture);
    }

    private static final String CALLERS_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void aLinePerRequestWithRouteUpstreamStatusDurationAndRequestIdButNoSecret() throws Exception {
        UpstreamStubs.server().stubFor(post(urlPathEqualTo("/api/v1/tasks"))
                .willReturn(aResponse().withStatus(201).withBody("{}")));
        given().header("Authorization", "Bearer secret-token-value").header("X-Request-Id", "access-log-1")
                .header("traceparent", "00-" + CALLERS_TRACE + "-00f067aa0ba902b7-01")
                .contentType("application/json").body("{\"title\":\"secret-body-value\"}")
                .post("/api/v1/tasks?apiKey=secret-query-value").then().statusCode(201);
        given().header("X-Request-Id", "access-log-2").get("/no-route-here").then().statusCode(404);

        String line = await("requestId=access-log-1");
        assertTrue(line.contains("method=POST route=programs-api upstream=programs status=201 durationMs="), line);
        assertTrue(line.endsWith("requestId=access-log-1 traceId=" + CALLERS_TRACE), "the caller's trace goes on: " + line);
        String notFound = await("requestId=access-log-2");
        assertTrue(notFound.contains("method=GET route=gateway upstream=- status=404"), notFound);
        for (String logged : lines) {
            assertFalse(logged.contains("secret-"), "a secret reached the access log: " + logged);
            assertFalse(logged.contains("/api/v1/tasks"), "the path reached the access log: " + logged);
        }
        assertEquals(1, lines.stream().filter(l -> l.contains("requestId=access-log-1")).count(), "one line per request");
    }

    /** The end handler runs just after the answer is sent: wait for its line. */
    private String await(String marker) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            for (String l : lines) {
                if (l.contains(marker)) {
                    return l;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no access line with " + marker + " in " + lines);
    }
}
