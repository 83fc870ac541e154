package vn.backan.congress.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.Management;

/** The breaker per upstream, retries for reads only, and the bounded pool per upstream. */
@QuarkusTest
@TestProfile(FaultsProfile.class)
@WithTestResource(UpstreamStubs.class)
class FaultToleranceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String UNAVAILABLE = "urn:backan-congress:problem:upstream-unavailable";

    private final WireMockServer upstream = UpstreamStubs.server();

    @BeforeEach
    void reset() {
        upstream.resetAll();
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void writeIsNeverRetriedEvenWhenItFails() {
        upstream.stubFor(post(urlPathEqualTo("/api/v1/observations/import"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().contentType("application/json").body("[]").when().post("/api/v1/observations/import").then()
                .statusCode(502).contentType(PROBLEM).body("type", equalTo(UNAVAILABLE));

        assertEquals(1, upstream.findAll(postRequestedFor(urlPathEqualTo("/api/v1/observations/import"))).size());
    }

    @Test
    void readIsRetriedOnceAndTheSecondAttemptAnswers() {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/indicators")).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("recovered")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        upstream.stubFor(get(urlPathEqualTo("/api/v1/indicators")).inScenario("flaky")
                .whenScenarioStateIs("recovered").willReturn(aResponse().withStatus(200).withBody("second try")));

        given().when().get("/api/v1/indicators").then().statusCode(200).body(equalTo("second try"));

        assertEquals(2, upstream.findAll(getRequestedFor(urlPathEqualTo("/api/v1/indicators"))).size());
    }

    @Test
    void readIsRetriedOnlyOnce() {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/org-units"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().when().get("/api/v1/org-units").then().statusCode(502).contentType(PROBLEM);

        assertEquals(2, upstream.findAll(getRequestedFor(urlPathEqualTo("/api/v1/org-units"))).size());
    }

    @Test
    void breakerOpensWith503AndRetryAfterThenClosesAfterTheDelay() {
        String path = "/api/v1/observations";
        upstream.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        for (int i = 0; i < FaultsProfile.BREAKER_WINDOW; i++) {
            given().body("{}").when().post(path).then().statusCode(502);
        }

        Response open = given().header("X-Request-Id", "trace-open").body("{}").when().post(path);

        open.then().statusCode(503).contentType(PROBLEM)
                .body("type", equalTo(UNAVAILABLE))
                .body("status", equalTo(503))
                .body("requestId", equalTo("trace-open"))
                .header("Retry-After", equalTo("1"));
        // Held back by the gateway: the upstream saw only the calls that opened the breaker.
        assertEquals(FaultsProfile.BREAKER_WINDOW, upstream.findAll(postRequestedFor(urlPathEqualTo(path))).size());
        Management.given().when().get("/q/metrics").then()
                .body(org.hamcrest.Matchers.containsString(
                        "gateway_upstream_breaker_state{state=\"open\",upstream=\"targets\"} 1.0"));

        // The upstream recovers; after the delay a trial call goes through and closes the breaker.
        upstream.stubFor(get(urlPathEqualTo("/api/v1/resolution")).willReturn(aResponse().withStatus(200).withBody("back")));
        int status = 0;
        for (int i = 0; i < 100 && status != 200; i++) { // bounded: 100 x 100 ms, ten times the delay
            status = given().when().get("/api/v1/resolution").statusCode();
            assertTrue(status == 200 || status == 503, "while waiting: " + status);
            if (status != 200) {
                sleep(100);
            }
        }
        assertEquals(200, status);
        given().when().get("/api/v1/resolution").then().statusCode(200);
        assertEquals("CLOSED", CircuitBreakerMaintenance.get().currentState("gateway-targets").name());
    }

    @Test
    void fullPoolIsAQuick503WhileOtherUpstreamsGoOn() {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/plan/slow")).willReturn(aResponse()
                .withStatus(200).withBody("slow").withFixedDelay(FaultsProfile.SLOW_MS)));
        upstream.stubFor(get(urlPathEqualTo("/api/v1/tasks")).willReturn(aResponse().withStatus(200).withBody("tasks")));
        upstream.stubFor(get(urlPathEqualTo("/api/v1/indicators")).willReturn(aResponse().withStatus(200).withBody("ok")));

        // programs has a single connection: the slow call holds it...
        CompletableFuture<Integer> slow = startSlowCall();
        Response refused = null;
        for (int i = 0; i < 100 && refused == null; i++) { // bounded: until the slow call holds the connection
            sleep(20);
            if (slow.isDone()) {
                // It lost the race for the connection to a quick call (and was refused): start it again.
                assertEquals(503, slow.join());
                slow = startSlowCall();
                continue;
            }
            Response r = given().when().get("/api/v1/tasks");
            if (r.statusCode() == 503) {
                refused = r;
            } else {
                assertEquals(200, r.statusCode());
            }
        }

        // ...so the next one is refused at once (not queued behind it), as a problem.
        assertTrue(refused != null, "no request was refused while the pool was full");
        assertFalse(slow.isDone(), "the 503 came only after the slow call ended");
        refused.then().contentType(PROBLEM).body("type", equalTo(UNAVAILABLE)).header("Retry-After", equalTo("1"));
        // Another upstream has its own pool and is not held up.
        given().when().get("/api/v1/indicators").then().statusCode(200).body(equalTo("ok"));
        assertFalse(slow.isDone(), "the other upstream answered only after the slow call ended");
        assertEquals(200, slow.join());
    }

    private static CompletableFuture<Integer> startSlowCall() {
        return CompletableFuture.supplyAsync(() -> given().when().get("/api/v1/plan/slow").statusCode());
    }

    /**
     * A client hanging up mid-request makes the proxy reset the upstream stream; that is not the
     * upstream failing, so however many clients do it the breaker stays closed (wrk does it at the
     * end of every run).
     */
    @Test
    void clientsHangingUpDoNotOpenTheBreaker() throws Exception {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/indicators/slow"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(1500).withBody("late")));
        java.net.http.HttpClient impatient = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < FaultsProfile.BREAKER_WINDOW * 2; i++) {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                            + "/api/v1/indicators/slow")).timeout(java.time.Duration.ofMillis(150)).build();
            try {
                impatient.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (java.net.http.HttpTimeoutException expected) {
                // the client gave up and closed its stream
            }
        }
        sleep(300); // let the gateway see the last hang-up before asking the breaker
        assertEquals("CLOSED", CircuitBreakerMaintenance.get().currentState("gateway-targets").name());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
