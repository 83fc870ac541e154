package vn.backan.congress.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.Management;

/** Proxied requests are counted per route template, not per raw path, so metrics stay bounded. */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class MetricsTest {

    @Test
    void httpMetricsUseTheRouteTemplate() {
        UpstreamStubs.server().stubFor(get(urlPathMatching("/api/v1/observations/.*"))
                .willReturn(aResponse().withStatus(200).withBody("x")));
        given().when().get("/api/v1/observations/101").then().statusCode(200);
        given().when().get("/api/v1/observations/102").then().statusCode(200);

        Management.given().when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("uri=\"/api/v1/observations/*\""))
                .body(not(containsString("/api/v1/observations/101")));
    }

    @Test
    void gatewayMetricsNameRouteUpstreamStatusClassAndBreakerState() {
        UpstreamStubs.server().stubFor(get(urlPathMatching("/api/v1/tasks/.*"))
                .willReturn(aResponse().withStatus(200).withBody("x")));
        given().when().get("/api/v1/tasks/7").then().statusCode(200);

        String metrics = Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        // Prometheus lists tags alphabetically: method, route, status, upstream.
        assertTrue(metrics.contains("gateway_requests_seconds_count{method=\"GET\",route=\"programs-api\","
                + "status=\"2xx\",upstream=\"programs\"}"), "no per-route request count");
        assertTrue(metrics.contains("gateway_requests_seconds_sum{method=\"GET\",route=\"programs-api\""),
                "no per-route latency");
        assertTrue(metrics.contains("gateway_upstream_breaker_state{state=\"closed\",upstream=\"programs\"} 1.0"),
                "no breaker state");
        assertTrue(metrics.contains("gateway_upstream_breaker_state{state=\"open\",upstream=\"programs\"} 0.0"),
                "no breaker state");
        // Histograms: p95 of an upstream's exchanges is histogram_quantile over these buckets.
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("gateway_requests_seconds_bucket{")
                && l.contains("route=\"programs-api\"") && l.contains("le=\"0.25\"")),
                "no latency buckets for the upstream exchanges");
        assertTrue(metrics.contains("http_server_requests_seconds_bucket{"), "no latency buckets for requests served");
        // Each upstream's breaker in SmallRye Fault Tolerance's own metrics, under its own name.
        given().when().get("/api/v1/indicators/ECO-GRDP-GROWTH");
        String after = Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String upstream : new String[] {"programs", "targets"}) {
            assertTrue(after.contains("ft_circuitbreaker_state_current{method=\"gateway upstream " + upstream
                    + "\",state=\"closed\"}"), "the " + upstream + " breaker is not in the ft metrics");
        }
        assertTrue(!after.contains("ft_circuitbreaker_state_current{method=\"OTHER\""), "breakers folded into OTHER");
    }

    @Test
    void answersGivenBeforeAnyRouteAreNotTaggedWithTheirRawPath() {
        for (int i = 0; i < 3; i++) {
            given().header("Origin", "https://news.example.com").header("Access-Control-Request-Method", "GET")
                    .when().options("/preflight-probe-" + i).then().statusCode(204);
        }
        given().contentType("application/json").body("x".repeat(300 * 1024)).when().post("/too-large-probe")
                .then().statusCode(413);

        String metrics = Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertTrue(!metrics.contains("preflight-probe") && !metrics.contains("too-large-probe"),
                "a raw path became a tag");
        assertTrue(metrics.contains("uri=\"/{cors-preflight}\""), "no preflight series");
        assertTrue(metrics.contains("uri=\"/{body-too-large}\""), "no body-too-large series");
    }

    @Test
    void anUnusualMethodIsTaggedOtherSoClientsCannotMintTimeSeries() {
        UpstreamStubs.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(urlPathMatching("/api/v1/tasks/.*"))
                .willReturn(aResponse().withStatus(200).withBody("x")));
        given().when().request("PROPFIND", "/api/v1/tasks/8").then().statusCode(200);

        String metrics = Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertTrue(metrics.contains("gateway_requests_seconds_count{method=\"OTHER\",route=\"programs-api\""),
                "no OTHER method tag");
        assertTrue(!metrics.contains("PROPFIND"), "the client's method became a tag");
    }
}
