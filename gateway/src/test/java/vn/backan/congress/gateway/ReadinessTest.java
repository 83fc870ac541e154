package vn.backan.congress.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.Management;

/** Readiness names every upstream; one dead upstream does not make the gateway unready. */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class ReadinessTest {

    private static final String CHECK = "checks.find { it.name == 'upstreams' }";

    private final WireMockServer upstream = UpstreamStubs.server();

    @BeforeEach
    void reset() {
        upstream.resetAll();
        upstream.stubFor(get(urlPathEqualTo("/q/health/ready")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"status\":\"UP\"}")));
    }

    @Test
    void readinessListsEachUpstreamAndStaysUpWhileOneAnswers() {
        Management.given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(CHECK + ".status", equalTo("UP"))
                .body(CHECK + ".data.targets", equalTo("UP"))
                .body(CHECK + ".data.programs", equalTo("UP"))
                .body(CHECK + ".data.elections", equalTo("DOWN"))
                .body(CHECK + ".data.portal", equalTo("DOWN"))
                .body(CHECK + ".data.up", equalTo(2))
                .body(CHECK + ".data.total", equalTo(4));
    }

    @Test
    void anUpstreamThatIsNotReadyCountsAsDown() {
        upstream.stubFor(get(urlPathEqualTo("/q/health/ready")).willReturn(aResponse()
                .withStatus(503).withHeader("Content-Type", "application/json").withBody("{\"status\":\"DOWN\"}")));

        Management.given().when().get("/q/health/ready").then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body(CHECK + ".data.targets", equalTo("DOWN"))
                .body(CHECK + ".data.programs", equalTo("DOWN"))
                .body(CHECK + ".data.elections", equalTo("DOWN"));
    }

    @Test
    void livenessIsUpEvenWhenNoUpstreamIsReady() {
        upstream.stubFor(get(urlPathEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(503)));

        Management.given().when().get("/q/health/live").then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }
}
