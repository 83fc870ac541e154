package vn.backan.congress.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The happy path: requests reach the right upstream, with the right path, and answers come back unchanged. */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class ProxyingTest {

    private final WireMockServer upstream = UpstreamStubs.server();

    @BeforeEach
    void reset() {
        upstream.resetAll();
    }

    /** The one request the upstream saw on this path (fails if it saw none or several). */
    static LoggedRequest onlyRequestTo(WireMockServer server, String path) {
        List<LoggedRequest> seen = server.findAll(anyRequestedFor(urlPathEqualTo(path)));
        assertEquals(1, seen.size(), "requests the upstream received on " + path);
        return seen.get(0);
    }

    @Test
    void getReturnsUpstreamStatusBodyAndHeaders() {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/indicators/42")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Cache-Control", "public, max-age=60").withBody("{\"id\":42,\"name\":\"Tỷ lệ hộ nghèo\"}")));

        given().when().get("/api/v1/indicators/42?lang=vi").then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=60")
                .body("id", equalTo(42))
                .body("name", equalTo("Tỷ lệ hộ nghèo"));

        assertEquals("vi", onlyRequestTo(upstream, "/api/v1/indicators/42").queryParameter("lang").firstValue());
    }

    @Test
    void bodyOverTheLimitIs413ProblemAndNeverForwarded() {
        // The test profile allows 256 KiB (and the streaming test above sends 200 KB); send 512 KiB.
        given().contentType("application/json").body("{\"x\":\"" + "y".repeat(512 * 1024) + "\"}")
                .header("Origin", UpstreamStubs.WRITE_ORIGIN)
                .when().post("/api/v1/observations").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                // Refused before CORS decides anything, yet a district portal's page may read why.
                .header("Access-Control-Allow-Origin", equalTo(UpstreamStubs.WRITE_ORIGIN))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        assertEquals(0, upstream.findAll(anyRequestedFor(urlPathEqualTo("/api/v1/observations"))).size());
    }

    @Test
    void upstreamErrorStatusesPassThroughUntouched() {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/indicators/999")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"detail\":\"from upstream\"}")));

        given().when().get("/api/v1/indicators/999").then()
                .statusCode(404)
                .body("detail", equalTo("from upstream"));
    }

    @Test
    void prefixItselfIsRoutedButALongerWordIsNot() {
        upstream.stubFor(any(urlPathEqualTo("/api/v1/indicators")).willReturn(aResponse().withStatus(200).withBody("list")));

        given().when().get("/api/v1/indicators").then().statusCode(200).body(equalTo("list"));
        given().when().get("/api/v1/indicatorsX").then().statusCode(404)
                .contentType("application/problem+json");
        assertEquals(0, upstream.findAll(anyRequestedFor(urlPathEqualTo("/api/v1/indicatorsX"))).size());
    }

    @Test
    void anAbsoluteLocationNamingTheUpstreamBecomesAPath() {
        // A service builds Location from the address the gateway called it on: an internal host.
        upstream.stubFor(post(urlPathEqualTo("/api/v1/tasks")).willReturn(aResponse().withStatus(201)
                .withHeader("Location", upstream.baseUrl() + "/api/v1/tasks/9?lang=vi")));
        given().contentType("application/json").body("{}").when().post("/api/v1/tasks").then()
                .statusCode(201).header("Location", "/api/v1/tasks/9?lang=vi");

        // A Location elsewhere is the upstream's business and passes unchanged.
        upstream.stubFor(post(urlPathEqualTo("/api/v1/solutions")).willReturn(aResponse().withStatus(303)
                .withHeader("Location", "https://data.example.org/solutions/9")));
        given().contentType("application/json").body("{}").redirects().follow(false).when().post("/api/v1/solutions")
                .then().statusCode(303).header("Location", "https://data.example.org/solutions/9");
    }

    @Test
    void aNotModifiedAnswerHasNoBodyAndNoTransferEncoding() throws Exception {
        // A 304 ends with its headers (RFC 9110 15.4.5). Sent as chunked, a client that trusts the
        // header waits for a body that never comes (wrk did, on every revalidation through the gateway).
        upstream.stubFor(get(urlPathEqualTo("/api/v1/indicators/7")).willReturn(aResponse().withStatus(304)
                .withHeader("ETag", "\"abc\"")));
        String answer = RawHttp.exchange(0, "GET /api/v1/indicators/7 HTTP/1.1\r\nHost: localhost\r\n"
                + "If-None-Match: \"abc\"\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 304 "), answer);
        assertFalse(answer.toLowerCase().contains("transfer-encoding"), answer);
        assertTrue(answer.endsWith("\r\n\r\n"), "nothing after the headers: " + answer);
    }

    @Test
    void chunkedInAnyCaseIsPassedOnAndOtherTransferCodingsAre501() throws Exception {
        upstream.stubFor(post(urlPathEqualTo("/api/v1/updates")).willReturn(aResponse().withStatus(201)));
        String chunked = "POST /api/v1/updates HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                + "Transfer-Encoding: Chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n";
        assertTrue(RawHttp.exchange(0, chunked).startsWith("HTTP/1.1 201"));
        assertEquals("hello", onlyRequestTo(upstream, "/api/v1/updates").getBodyAsString());

        String gzip = chunked.replace("Transfer-Encoding: Chunked", "Transfer-Encoding: gzip, chunked");
        String answer = RawHttp.exchange(0, gzip);
        assertTrue(answer.startsWith("HTTP/1.1 501"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
    }

    @Test
    void postBodyIsStreamedToTheUpstream() {
        upstream.stubFor(post(urlPathEqualTo("/api/v1/updates")).willReturn(aResponse()
                .withStatus(201).withHeader("Location", "/api/v1/updates/7")));
        String body = "{\"task\":3,\"note\":\"" + "x".repeat(200_000) + "\"}";

        given().contentType("application/json").body(body).when().post("/api/v1/updates").then()
                .statusCode(201)
                .header("Location", "/api/v1/updates/7");

        LoggedRequest seen = onlyRequestTo(upstream, "/api/v1/updates");
        assertEquals(body, seen.getBodyAsString());
        assertEquals("application/json", seen.getHeader("Content-Type").split(";")[0]);
    }

    @Test
    void noServicesHealthOrMetricsThroughTheGateway() {
        upstream.stubFor(get(urlPathMatching("/q/.*")).willReturn(aResponse().withStatus(200).withBody("{}")));
        for (String path : List.of("/services/programs/q/health/ready", "/q/health/ready", "/q/metrics",
                "/services/targets/q/metrics")) {
            given().when().get(path).then().statusCode(404).contentType("application/problem+json");
        }
        assertEquals(0, upstream.findAll(getRequestedFor(urlPathMatching("/q/.*"))).size(), "nothing reached a service");
    }

    @Test
    void unknownPathIsA404Problem() {
        given().when().get("/no/such/thing").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("instance", equalTo("/no/such/thing"));
        assertEquals(0, upstream.getAllServeEvents().size());
    }
}
