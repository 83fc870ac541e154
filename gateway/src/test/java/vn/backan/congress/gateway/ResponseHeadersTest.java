package vn.backan.congress.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Compression and security headers, seen with the JDK client: unlike rest-assured it does not
 * decompress behind the test's back, so the bytes on the wire can be checked.
 */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class ResponseHeadersTest {

    private static final String JSON = "{\"items\":[" + "{\"code\":\"ECO-GRDP\",\"name\":\"Tốc độ tăng trưởng\"},".repeat(200)
            + "{}]}";

    @TestHTTPResource("/")
    URI gateway;

    private final WireMockServer upstream = UpstreamStubs.server();
    /** The JDK client tries HTTP/2 (h2c upgrade) first; the gateway speaks both. */
    private final HttpClient http2 = HttpClient.newHttpClient();
    private final HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void reset() {
        upstream.resetAll();
    }

    private HttpResponse<byte[]> fetch(String path, String acceptEncoding) throws Exception {
        return fetch(http2, path, acceptEncoding);
    }

    private HttpResponse<byte[]> fetch(HttpClient http, String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void jsonFromTheUpstreamIsGzippedForAClientThatAcceptsIt() throws Exception {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/indicators")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(JSON)));

        for (HttpClient http : List.of(http11, http2)) {
            HttpResponse<byte[]> response = fetch(http, "/api/v1/indicators", "gzip");

            String version = response.version().toString();
            assertEquals(200, response.statusCode(), version);
            assertEquals(List.of("gzip"), response.headers().allValues("Content-Encoding"), version);
            assertTrue(response.body().length < JSON.getBytes(StandardCharsets.UTF_8).length / 2, version);
            // Exactly once: one gunzip gives the JSON back (the stub also gzips when asked).
            assertEquals(JSON, new String(gunzip(response.body()), StandardCharsets.UTF_8), version);
            assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")));
        }
    }

    @Test
    void csvIsCompressedButNotForAClientThatDidNotAsk() throws Exception {
        String csv = "indicator,org_unit,year,value\n" + "ECO-GRDP,06,2021,6.5\n".repeat(300);
        upstream.stubFor(get(urlPathEqualTo("/api/v1/observations")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/csv; charset=UTF-8").withBody(csv)));

        assertEquals(List.of("gzip"), fetch("/api/v1/observations", "gzip").headers().allValues("Content-Encoding"));
        HttpResponse<byte[]> plain = fetch("/api/v1/observations", null);
        assertFalse(plain.headers().allValues("Content-Encoding").contains("gzip"));
        assertEquals(csv, new String(plain.body(), StandardCharsets.UTF_8));
    }

    @Test
    void otherMediaTypesAreNotCompressed() throws Exception {
        byte[] png = new byte[4096];
        upstream.stubFor(get(urlPathEqualTo("/api/v1/org-units/06/map.png")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/png").withBody(png)));

        HttpResponse<byte[]> response = fetch("/api/v1/org-units/06/map.png", "gzip");

        assertFalse(response.headers().allValues("Content-Encoding").contains("gzip"));
        assertArrayEquals(png, response.body());
    }

    @Test
    void aBodyTheUpstreamAlreadyGzippedIsPassedOnNotCompressedTwice() throws Exception {
        byte[] gzipped = gzip(JSON.getBytes(StandardCharsets.UTF_8));
        upstream.stubFor(get(urlPathEqualTo("/api/v1/programs")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("Content-Encoding", "gzip").withBody(gzipped)));

        // Over HTTP/1.1; over HTTP/2 the gateway asks upstreams for plain bytes instead (see ExchangeInterceptor).
        HttpResponse<byte[]> response = fetch(http11, "/api/v1/programs", "gzip");

        assertEquals(List.of("gzip"), response.headers().allValues("Content-Encoding"));
        assertArrayEquals(gzipped, response.body());
        assertEquals(JSON, new String(gunzip(response.body()), StandardCharsets.UTF_8));
    }

    @Test
    void everyAnswerHasOneDateTheGatewaysOwnIncluded() throws Exception {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/resolution")).willReturn(aResponse().withStatus(200)
                .withHeader("Date", "Wed, 02 Dec 2026 08:00:00 GMT").withBody("{}")));
        // The gateway's own answers: a refusal, its contract.
        for (HttpResponse<byte[]> response : List.of(fetch("/no/such/path", null), fetch("/openapi", null))) {
            String where = response.uri().getPath();
            List<String> dates = response.headers().allValues("Date");
            assertEquals(1, dates.size(), where + ": " + dates);
            assertTrue(dates.get(0).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"),
                    where + ": " + dates.get(0) + " is not an IMF-fixdate");
        }
        List<String> proxied = fetch("/api/v1/resolution", null).headers().allValues("Date");
        assertEquals(1, proxied.size(), "one Date on a proxied answer: " + proxied);
        String passedOn = proxied.get(0);
        assertEquals(java.time.Instant.parse("2026-12-02T08:00:00Z"), java.time.ZonedDateTime.parse(passedOn,
                java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(), "the upstream's Date is passed on");
    }

    @Test
    void securityHeadersAreOnProxiedAnswersAndTheGatewaysOwn() throws Exception {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/resolution")).willReturn(aResponse().withStatus(200)
                .withHeader("X-Frame-Options", "SAMEORIGIN").withBody("{}")));

        for (HttpResponse<byte[]> response : List.of(fetch("/api/v1/resolution", null), fetch("/no/such/path", null),
                fetch("/openapi", null))) {
            String where = response.uri().getPath();
            assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"), where);
            assertEquals(List.of("no-referrer"), response.headers().allValues("Referrer-Policy"), where);
            assertEquals(List.of("DENY"), response.headers().allValues("X-Frame-Options"), where);
            assertEquals(List.of("frame-ancestors 'none'"), response.headers().allValues("Content-Security-Policy"), where);
            // Plain HTTP: HSTS would be ignored by browsers and is the TLS terminator's to send.
            assertTrue(response.headers().allValues("Strict-Transport-Security").isEmpty(), where);
            assertEquals(1, response.headers().allValues("X-Request-Id").size(), where);
            assertNotEquals("", response.headers().firstValue("X-Request-Id").orElse(""), where);
        }
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] data) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return in.readAllBytes();
        }
    }
}
