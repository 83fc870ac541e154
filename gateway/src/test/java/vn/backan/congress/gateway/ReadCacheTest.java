package vn.backan.congress.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Public answers kept at the gateway: served again without the service, revalidated by the
 * gateway itself, never for a token, never when private, and forgotten when a write to that
 * service goes through, so the next read shows the write.
 */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class ReadCacheTest {

    private final WireMockServer upstream = UpstreamStubs.server();

    @BeforeEach
    void reset() {
        upstream.resetAll();
    }

    /** With its length, as the services send what they keep (the gateway keeps only answers of a known length). */
    private void answer(String path, String cacheControl, String body) {
        upstream.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Length", String.valueOf(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length))
                .withHeader("Content-Type", "application/json").withHeader("Cache-Control", cacheControl)
                .withHeader("ETag", "\"" + body.hashCode() + "\"").withHeader("Last-Modified", "Wed, 02 Dec 2026 08:00:00 GMT")
                .withBody(body)));
    }

    private int readsOf(String path) {
        return upstream.findAll(getRequestedFor(urlPathEqualTo(path))).size();
    }

    @Test
    void aPublicAnswerIsServedAgainWithoutTheServiceAndRevalidatedByTheGateway() {
        String path = "/api/v1/indicators/CACHE-1";
        answer(path, "public, max-age=10", "{\"code\":\"CACHE-1\"}");
        ExtractableResponse<Response> first = given().get(path).then().statusCode(200).extract();
        ExtractableResponse<Response> second = given().get(path).then().statusCode(200)
                .body("code", equalTo("CACHE-1")).extract();
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals("public, max-age=10", second.header("Cache-Control"));
        // The gateway's own headers are still set per answer.
        assertEquals(1, second.headers().getValues("X-Request-Id").size());
        given().header("If-None-Match", first.header("ETag")).get(path).then().statusCode(304)
                .header("ETag", first.header("ETag"));
        given().header("If-Modified-Since", "Wed, 02 Dec 2026 08:00:00 GMT").get(path).then().statusCode(304);
        given().head(path).then().statusCode(200).header("ETag", first.header("ETag"));
        assertEquals(1, readsOf(path), "one read of the service for five answers");
    }

    @Test
    void aClientsValidatorsOnAMissAreTheGatewaysToCheck() {
        String path = "/api/v1/indicators/CACHE-2";
        answer(path, "public, max-age=10", "{\"code\":\"CACHE-2\"}");
        String etag = "\"" + "{\"code\":\"CACHE-2\"}".hashCode() + "\"";
        given().header("If-None-Match", etag).get(path).then().statusCode(304);
        // The service was asked for the whole answer, so the gateway could keep it.
        assertNull(upstream.findAll(getRequestedFor(urlPathEqualTo(path))).get(0).getHeader("If-None-Match"));
        given().get(path).then().statusCode(200).body("code", equalTo("CACHE-2"));
        assertEquals(1, readsOf(path));
    }

    @Test
    void privateAnswersAndRequestsWithATokenAlwaysGoToTheService() {
        String privatePath = "/api/v1/indicators/CACHE-3";
        answer(privatePath, "private, no-cache", "{\"code\":\"CACHE-3\"}");
        given().get(privatePath).then().statusCode(200);
        given().get(privatePath).then().statusCode(200);
        assertEquals(2, readsOf(privatePath));

        String publicPath = "/api/v1/indicators/CACHE-4";
        answer(publicPath, "public, max-age=10", "{\"code\":\"CACHE-4\"}");
        given().get(publicPath).then().statusCode(200);
        given().header("Authorization", UpstreamStubs.validBearer()).get(publicPath).then().statusCode(200);
        assertEquals(2, readsOf(publicPath), "the token's read was not answered from the cache");
    }

    @Test
    void aWriteToTheServiceIsSeenByTheNextRead() {
        String path = "/api/v1/indicators/CACHE-5";
        answer(path, "public, max-age=10", "{\"value\":1}");
        given().get(path).then().body("value", equalTo(1));
        given().get(path).then().body("value", equalTo(1));
        assertEquals(1, readsOf(path));

        upstream.stubFor(post(urlPathEqualTo("/api/v1/observations/import")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("Changed-Datasets", "figures")
                .withBody("{}")));
        answer(path, "public, max-age=10", "{\"value\":2}");
        given().contentType("application/json").body("[]").post("/api/v1/observations/import").then().statusCode(200)
                .header("Changed-Datasets", nullValue());
        given().get(path).then().statusCode(200).body("value", equalTo(2));
        assertEquals(2, readsOf(path));
    }

    @Test
    void aWriteThatChangedNothingForgetsNothing() {
        String path = "/api/v1/indicators/CACHE-7";
        answer(path, "public, max-age=10", "{\"value\":1}");
        given().get(path).then().body("value", equalTo(1));
        // A dry run answers 200 and a refused import 422: neither names a changed dataset.
        upstream.stubFor(post(urlPathEqualTo("/api/v1/observations/import")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"dryRun\":true}")));
        given().contentType("application/json").body("[]").queryParam("dryRun", true)
                .post("/api/v1/observations/import").then().statusCode(200);
        upstream.stubFor(post(urlPathEqualTo("/api/v1/observations/import")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":422}")));
        given().contentType("application/json").body("[]").post("/api/v1/observations/import").then().statusCode(422);
        answer(path, "public, max-age=10", "{\"value\":2}");
        given().get(path).then().statusCode(200).body("value", equalTo(1));
        assertEquals(1, readsOf(path), "the kept answer was served throughout");
    }

    @Test
    void aGzipAnswerIsKeptApartFromThePlainOne() {
        String path = "/api/v1/indicators/CACHE-6";
        upstream.stubFor(get(urlPathEqualTo(path)).withHeader("Accept-Encoding", WireMock.containing("gzip"))
                .atPriority(1).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Cache-Control", "public, max-age=10").withHeader("Content-Encoding", "gzip")
                        .withHeader("Content-Length", String.valueOf(gzip("{\"code\":\"CACHE-6\"}").length))
                        .withBody(gzip("{\"code\":\"CACHE-6\"}"))));
        answer(path, "public, max-age=10", "{\"code\":\"CACHE-6\"}");
        for (int i = 0; i < 2; i++) {
            given().header("Accept-Encoding", "gzip").get(path).then().statusCode(200).header("Content-Encoding", "gzip")
                    .body("code", equalTo("CACHE-6"));
            given().config(io.restassured.RestAssured.config().decoderConfig(
                    io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
                    .get(path).then().statusCode(200).body("code", equalTo("CACHE-6"));
        }
        assertEquals(2, readsOf(path), "one read per variant");
    }

    @Test
    void readsArrivingWhileAnAnswerIsFetchedWaitForThatOneFetch() throws Exception {
        String path = "/api/v1/indicators/CACHE-9"; // a path no other test has kept
        String body = "{\"code\":\"CACHE-9\"}";
        upstream.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withFixedDelay(300)
                .withHeader("Content-Length", String.valueOf(body.length())).withHeader("Content-Type", "application/json")
                .withHeader("Cache-Control", "public, max-age=10").withBody(body)));
        List<Integer> statuses = sameTime(6, () -> {
            ExtractableResponse<Response> answer = given().get(path).then().extract();
            return "CACHE-9".equals(answer.path("code")) ? answer.statusCode() : -answer.statusCode();
        });
        assertEquals(List.of(200, 200, 200, 200, 200, 200), statuses);
        assertEquals(1, readsOf(path), "six reads at once, one fetch");
    }

    @Test
    void readsWaitingForAnAnswerNotToKeepGoToTheServiceThemselves() throws Exception {
        String path = "/api/v1/indicators/CACHE-8";
        upstream.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withFixedDelay(300)
                .withHeader("Content-Length", "2").withHeader("Content-Type", "application/json")
                .withHeader("Cache-Control", "private").withBody("{}")));
        List<Integer> statuses = sameTime(3, () -> given().get(path).then().extract().statusCode());
        assertEquals(List.of(200, 200, 200), statuses);
        assertEquals(3, readsOf(path), "a private answer is served to its own read only");
    }

    /** Runs {@code reads} copies of {@code read} released together; their results in order. */
    private static List<Integer> sameTime(int reads, java.util.concurrent.Callable<Integer> read) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(reads);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> done = new java.util.ArrayList<>();
            for (int i = 0; i < reads; i++) {
                done.add(pool.submit(() -> {
                    go.await();
                    return read.call();
                }));
            }
            go.countDown();
            List<Integer> results = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> f : done) {
                results.add(f.get(20, java.util.concurrent.TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] gzip(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
