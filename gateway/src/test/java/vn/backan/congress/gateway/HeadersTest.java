package vn.backan.congress.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.backan.congress.gateway.ProxyingTest.onlyRequestTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the gateway adds, removes and keeps in headers, in both directions. */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class HeadersTest {

    private final WireMockServer upstream = UpstreamStubs.server();

    @BeforeEach
    void reset() {
        upstream.resetAll();
    }

    private void stubOk(String path) {
        upstream.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    @Test
    void forwardedHeadersReachTheUpstream() {
        stubOk("/api/v1/org-units");

        given().header("X-Forwarded-For", "203.0.113.7").when().get("/api/v1/org-units").then().statusCode(200);

        LoggedRequest seen = onlyRequestTo(upstream, "/api/v1/org-units");
        String host = "localhost:" + RestAssured.port;
        // The caller's chain is kept and the gateway's peer (the test client) appended.
        assertEquals("203.0.113.7, 127.0.0.1", seen.getHeader("X-Forwarded-For"));
        assertEquals("http", seen.getHeader("X-Forwarded-Proto"));
        assertEquals(host, seen.getHeader("X-Forwarded-Host"));
        assertEquals("for=127.0.0.1;host=\"" + host + "\";proto=http", seen.getHeader("Forwarded"));
    }

    @Test
    void hopByHopRequestHeadersAreStripped() {
        stubOk("/api/v1/observations");

        given()
                .header("Connection", "keep-alive, X-Client-Private")
                .header("X-Client-Private", "for the gateway only")
                .header("Keep-Alive", "timeout=5")
                .header("Proxy-Authorization", "Basic Zm9vOmJhcg==")
                .header("Proxy-Custom", "x")
                .header("TE", "trailers")
                .header("X-End-To-End", "kept")
                .when().get("/api/v1/observations").then().statusCode(200);

        LoggedRequest seen = onlyRequestTo(upstream, "/api/v1/observations");
        assertEquals("kept", seen.getHeader("X-End-To-End"));
        for (String name : List.of("X-Client-Private", "Keep-Alive", "Proxy-Authorization", "Proxy-Custom", "TE")) {
            assertFalse(seen.containsHeader(name), name + " reached the upstream");
        }
        String connection = seen.getHeader("Connection");
        assertTrue(connection == null || !connection.contains("X-Client-Private"), "Connection: " + connection);
    }

    @Test
    void hopByHopResponseHeadersAreStripped() {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/progress")).willReturn(aResponse().withStatus(200)
                .withHeader("Connection", "X-Upstream-Private")
                .withHeader("X-Upstream-Private", "for the gateway only")
                .withHeader("Keep-Alive", "timeout=5")
                .withHeader("Proxy-Authenticate", "Basic realm=\"upstream\"")
                .withHeader("Trailer", "X-Checksum")
                .withHeader("X-End-To-End", "kept")
                .withBody("ok")));
        // Precondition: the stub really sends them, or the assertions below would prove nothing.
        Response direct = given().baseUri(upstream.baseUrl()).port(upstream.port())
                .when().get("/api/v1/progress");
        for (String name : List.of("X-Upstream-Private", "Keep-Alive", "Proxy-Authenticate", "Trailer")) {
            assertTrue(direct.headers().hasHeaderWithName(name), "stub did not send " + name);
        }

        Response viaGateway = given().when().get("/api/v1/progress");

        assertEquals(200, viaGateway.statusCode());
        assertEquals("kept", viaGateway.header("X-End-To-End"));
        for (String name : List.of("X-Upstream-Private", "Keep-Alive", "Proxy-Authenticate", "Trailer")) {
            assertNull(viaGateway.header(name), name + " reached the client");
        }
        String connection = viaGateway.header("Connection");
        assertTrue(connection == null || !connection.contains("X-Upstream-Private"), "Connection: " + connection);
    }

    @Test
    void requestIdFromTheClientIsPassedOnAndEchoedOnce() {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/resolution")).willReturn(aResponse().withStatus(200)
                // An upstream echoes the id too (commons does); the client must still see it once.
                .withHeader("X-Request-Id", "client-chosen-id.1").withBody("ok")));

        Response response = given().header("X-Request-Id", "client-chosen-id.1").when().get("/api/v1/resolution");

        assertEquals(200, response.statusCode());
        assertEquals(List.of("client-chosen-id.1"), response.headers().getValues("X-Request-Id"));
        assertEquals("client-chosen-id.1", onlyRequestTo(upstream, "/api/v1/resolution").getHeader("X-Request-Id"));
    }

    @Test
    void requestIdIsCreatedWhenAbsentAndIsTheSameUpAndDown() {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/tasks")).willReturn(aResponse().withStatus(200)
                .withHeader("X-Request-Id", "upstream-made-its-own").withBody("ok")));

        Response response = given().when().get("/api/v1/tasks");

        List<String> ids = response.headers().getValues("X-Request-Id");
        assertEquals(1, ids.size(), "X-Request-Id values: " + ids);
        assertFalse(ids.get(0).isBlank());
        assertEquals(ids.get(0), onlyRequestTo(upstream, "/api/v1/tasks").getHeader("X-Request-Id"));
    }
}
