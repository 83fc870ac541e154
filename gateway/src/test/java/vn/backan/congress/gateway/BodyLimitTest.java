package vn.backan.congress.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The body limit (256 KiB in tests) also holds for chunked bodies, which declare no length and so
 * pass the up-front check: the gateway counts while streaming. (Declared lengths: ProxyingTest.)
 */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class BodyLimitTest {

    private static final String PATH = "/api/v1/observations/import";

    @TestHTTPResource("/")
    URI gateway;

    private final WireMockServer upstream = UpstreamStubs.server();

    @BeforeEach
    void reset() {
        upstream.resetAll();
        upstream.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("imported")));
    }

    /** An InputStream publisher has no length: over HTTP/1.1 the JDK client sends the body chunked. */
    private static HttpResponse<String> postChunked(URI uri, String body) throws Exception {
        return postWithoutLength(uri, body, HttpClient.Version.HTTP_1_1);
    }

    /** Over HTTP/2 (h2c upgrade) a body without length has no Transfer-Encoding at all. */
    private static HttpResponse<String> postWithoutLength(URI uri, String body, HttpClient.Version version)
            throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "text/csv")
                .timeout(Duration.ofSeconds(30)) // a failure here must fail the test, not hang it
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
        return HttpClient.newBuilder().version(version).build().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anHttp2BodyWithoutLengthReachesTheUpstreamWhole() throws Exception {
        String body = "indicator,org_unit,year,value\n" + "ECO-GRDP,06,2022,7.1\n".repeat(2_000);

        HttpResponse<String> response = postWithoutLength(gateway.resolve(PATH), body, HttpClient.Version.HTTP_2);

        assertEquals(200, response.statusCode());
        assertEquals(body, upstream.findAll(postRequestedFor(urlPathEqualTo(PATH))).get(0).getBodyAsString());
    }

    @Test
    void aChunkedBodyWithinTheLimitReachesTheUpstreamWhole() throws Exception {
        String body = "indicator,org_unit,year,value\n" + "ECO-GRDP,06,2021,6.5\n".repeat(5_000); // ~100 KB

        HttpResponse<String> response = postChunked(gateway.resolve(PATH), body);

        assertEquals(200, response.statusCode());
        List<LoggedRequest> seen = upstream.findAll(postRequestedFor(urlPathEqualTo(PATH)));
        assertEquals(1, seen.size());
        assertEquals(body, seen.get(0).getBodyAsString());
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413ProblemAndNeverReachesTheUpstreamWhole() throws Exception {
        String body = "x".repeat(300 * 1024);

        HttpResponse<String> response = postChunked(gateway.resolve(PATH), body);

        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = new JsonObject(response.body());
        assertEquals(413, problem.getInteger("status"));
        assertEquals(PATH, problem.getString("instance"));
        assertEquals(response.headers().firstValue("X-Request-Id").orElse(null), problem.getString("requestId"));
        // The upstream request was reset midway: it never got (and never acted on) a complete body.
        for (LoggedRequest seen : upstream.findAll(postRequestedFor(urlPathEqualTo(PATH)))) {
            assertTrue(seen.getBody().length < body.length(), "the upstream got the whole oversized body");
        }
    }
}
