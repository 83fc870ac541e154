package vn.backan.congress.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.backan.congress.gateway.UpstreamStubs.WRITE_ORIGIN;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Browsers may read from anywhere and write only from the configured origins; the gateway answers preflights. */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class CorsTest {

    private static final String STRANGER = "https://news.example.com";

    private final WireMockServer upstream = UpstreamStubs.server();

    @BeforeEach
    void reset() {
        upstream.resetAll();
        upstream.stubFor(any(urlPathEqualTo("/api/v1/observations")).willReturn(aResponse().withStatus(200)
                // An upstream with its own, looser CORS: the gateway's rules must win.
                .withHeader("Access-Control-Allow-Origin", "*").withBody("[]")));
    }

    private static Response preflight(String origin, String method) {
        return given().header("Origin", origin).header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .when().options("/api/v1/observations");
    }

    @Test
    void readPreflightIsAllowedFromAnyOriginAndAnsweredByTheGateway() {
        preflight(STRANGER, "GET").then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo(STRANGER))
                .header("Access-Control-Allow-Methods", equalTo("GET, HEAD, OPTIONS"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Max-Age", equalTo("600"))
                .header("Vary", containsString("Origin"));
        assertEquals(0, upstream.getAllServeEvents().size(), "the preflight reached the upstream");
    }

    @Test
    void writePreflightIsAllowedFromAConfiguredOrigin() {
        preflight(WRITE_ORIGIN, "POST").then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo(WRITE_ORIGIN))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("Content-Type"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void aSameOriginWriteGoesThroughLikeSwaggerUisTryItOut() {
        // Browsers send Origin on same-origin POSTs too; the page at /docs is on the gateway itself.
        String self = "http://localhost:" + io.restassured.RestAssured.port;
        given().header("Origin", self).contentType("application/json").body("[]")
                .when().post("/api/v1/observations").then().statusCode(200);
        assertEquals(1, upstream.getAllServeEvents().size());
        // Same host, another port: another origin.
        given().header("Origin", "http://localhost:1").contentType("application/json").body("[]")
                .when().post("/api/v1/observations").then().statusCode(403);
    }

    @Test
    void aMalformedPreflightMethodIsA400Problem() {
        preflight(STRANGER, "G(E)T").then().statusCode(400).contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue());
        assertEquals(0, upstream.getAllServeEvents().size());
    }

    @Test
    void writePreflightFromAnotherOriginIsRefused() {
        preflight(STRANGER, "POST").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue())
                .header("Vary", containsString("Origin"));
        assertEquals(0, upstream.getAllServeEvents().size());
    }

    @Test
    void aWriteFromAnotherOriginIsRefusedEvenWithoutAPreflight() {
        // A form POST is a "simple" request: browsers send it without asking first.
        given().header("Origin", STRANGER).contentType("application/x-www-form-urlencoded").body("a=1")
                .when().post("/api/v1/observations").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue());
        assertEquals(0, upstream.getAllServeEvents().size());
    }

    @Test
    void aWriteFromTheConfiguredOriginGoesThrough() {
        upstream.stubFor(post(urlPathEqualTo("/api/v1/observations")).willReturn(aResponse().withStatus(201)));

        given().header("Origin", WRITE_ORIGIN).contentType("application/json").body("{}")
                .when().post("/api/v1/observations").then()
                .statusCode(201)
                .header("Access-Control-Allow-Origin", equalTo(WRITE_ORIGIN));
        assertEquals(1, upstream.getAllServeEvents().size());
    }

    @Test
    void aReadFromAnyOriginGetsTheGatewaysHeadersNotTheUpstreams() {
        Response response = given().header("Origin", STRANGER).when().get("/api/v1/observations");

        response.then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(STRANGER))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"))
                .header("Access-Control-Expose-Headers", containsString("X-Total-Count"))
                .header("Access-Control-Expose-Headers", containsString("Content-Disposition"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Vary", containsString("Origin"));
        assertEquals(1, response.headers().getValues("Access-Control-Allow-Origin").size());
    }

    @Test
    void withoutOriginThereAreNoCorsHeadersButStillVary() {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/observations")).willReturn(aResponse().withStatus(200).withBody("[]")));

        Response response = given().when().get("/api/v1/observations");

        response.then().statusCode(200).header("Access-Control-Allow-Origin", nullValue())
                .header("Vary", not(nullValue()));
        assertTrue(response.headers().getValues("Vary").stream().anyMatch(v -> v.contains("Origin")));
    }
}
