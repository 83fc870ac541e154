package vn.backan.congress.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.backan.congress.gateway.UpstreamStubs.LIMITED_PATH;
import static vn.backan.congress.gateway.UpstreamStubs.TINY_AUTH_CAPACITY;
import static vn.backan.congress.gateway.UpstreamStubs.TINY_CAPACITY;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The token bucket per client on the "tiny" group (3 anonymous, 5 authenticated, practically no
 * refill during a test). Each test is its own client (a fresh API key), except the one about
 * addresses, so the tests do not share buckets.
 */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class RateLimitTest {

    private final WireMockServer upstream = UpstreamStubs.server();

    @BeforeEach
    void reset() {
        upstream.resetAll();
        upstream.stubFor(get(urlPathEqualTo(LIMITED_PATH)).willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    private static RequestSpecification client(String apiKey) {
        return given().header("X-Api-Key", apiKey);
    }

    @Test
    void successfulAnswersCarryTheRateLimitHeaders() {
        Response first = client(UpstreamStubs.ISSUED_KEYS.get(0)).when().get(LIMITED_PATH);

        first.then().statusCode(200)
                .header("RateLimit-Limit", equalTo(Integer.toString(TINY_CAPACITY)))
                .header("RateLimit-Remaining", equalTo(Integer.toString(TINY_CAPACITY - 1)))
                // One token used at 0.01/s: 100 s until the bucket is full again.
                .header("RateLimit-Reset", equalTo("100"));
    }

    @Test
    void overTheLimitIsA429ProblemWithRetryAfterAndNeverForwarded() {
        String key = UpstreamStubs.ISSUED_KEYS.get(1);
        for (int i = TINY_CAPACITY - 1; i >= 0; i--) {
            client(key).when().get(LIMITED_PATH).then().statusCode(200)
                    .header("RateLimit-Remaining", equalTo(Integer.toString(i)));
        }

        Response refused = client(key).header("X-Request-Id", "trace-429").when().get(LIMITED_PATH);

        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:backan-congress:problem:rate-limited"))
                .body("title", equalTo("Too Many Requests"))
                .body("status", equalTo(429))
                .body("requestId", equalTo("trace-429"))
                .header("RateLimit-Limit", equalTo(Integer.toString(TINY_CAPACITY)))
                .header("RateLimit-Remaining", equalTo("0"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        // Less than one token left at 0.01 tokens/s: up to 100 s, and never 0.
        assertTrue(retryAfter >= 1 && retryAfter <= 100, "Retry-After " + retryAfter);
        assertTrue(Long.parseLong(refused.header("RateLimit-Reset")) >= retryAfter);
        assertEquals(TINY_CAPACITY, upstream.findAll(anyRequestedFor(urlPathEqualTo(LIMITED_PATH))).size());
    }

    @Test
    void aValidBearerTokenEarnsTheLargerAllowance() {
        String key = UpstreamStubs.ISSUED_KEYS.get(2);
        String bearer = UpstreamStubs.validBearer();
        for (int i = 0; i < TINY_AUTH_CAPACITY; i++) {
            client(key).header("Authorization", bearer).when().get(LIMITED_PATH).then()
                    .statusCode(200).header("RateLimit-Limit", equalTo(Integer.toString(TINY_AUTH_CAPACITY)));
        }
        client(key).header("Authorization", bearer).when().get(LIMITED_PATH).then().statusCode(429);
        // Basic credentials are not a bearer token: the anonymous bucket, still full, applies.
        client(key).header("Authorization", "Basic Zm9vOmJhcg==").when().get(LIMITED_PATH).then()
                .statusCode(200).header("RateLimit-Limit", equalTo(Integer.toString(TINY_CAPACITY)));
    }

    @Test
    void anInventedBearerTokenGetsTheAnonymousAllowance() {
        String key = UpstreamStubs.ISSUED_KEYS.get(3);
        for (int i = 0; i < TINY_CAPACITY; i++) {
            client(key).header("Authorization", "Bearer any.token.here").when().get(LIMITED_PATH).then()
                    .statusCode(200).header("RateLimit-Limit", equalTo(Integer.toString(TINY_CAPACITY)));
        }
        client(key).header("Authorization", "Bearer any.token.here").when().get(LIMITED_PATH).then().statusCode(429);
    }

    @Test
    void clientsWithoutAKeyAreCountedByAddressWhateverXForwardedForSays() {
        // The only test without an API key: the bucket of 127.0.0.1 is its own.
        for (int i = 0; i < TINY_CAPACITY; i++) {
            given().header("X-Forwarded-For", "198.51.100." + i).when().get(LIMITED_PATH).then().statusCode(200);
        }

        given().when().get(LIMITED_PATH).then().statusCode(429);
        given().header("X-Forwarded-For", "203.0.113.99").when().get(LIMITED_PATH).then().statusCode(429);
        // Another client (an API key) is not affected.
        client(UpstreamStubs.ISSUED_KEYS.get(4)).when().get(LIMITED_PATH).then().statusCode(200);
    }

    @Test
    void inventedApiKeysAreCountedAsTheirAddress() {
        // A fresh made-up key per request would otherwise be a fresh full bucket per request.
        upstream.stubFor(get(urlPathEqualTo(UpstreamStubs.LIMITED_PATH_2)).willReturn(aResponse().withStatus(200)));
        for (int i = 0; i < TINY_CAPACITY; i++) {
            client(UUID.randomUUID().toString()).when().get(UpstreamStubs.LIMITED_PATH_2).then().statusCode(200);
        }
        client(UUID.randomUUID().toString()).when().get(UpstreamStubs.LIMITED_PATH_2).then().statusCode(429);
        given().when().get(UpstreamStubs.LIMITED_PATH_2).then().statusCode(429);
        // An issued key has its own bucket.
        client(UpstreamStubs.ISSUED_KEYS.get(5)).when().get(UpstreamStubs.LIMITED_PATH_2).then().statusCode(200)
                .header("RateLimit-Remaining", equalTo(Integer.toString(TINY_CAPACITY - 1)));
    }
}
