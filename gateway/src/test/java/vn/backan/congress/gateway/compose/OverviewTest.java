package vn.backan.congress.gateway.compose;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.WithTestResource;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.backan.congress.gateway.overview.OverviewRoute;

/** The phone's first screen, composed from the three (stub) services. */
@QuarkusTest
@WithTestResource(ComposeStubs.class)
class OverviewTest {

    /** Not a timed assertion: only so that a regression to "never answers" fails instead of hanging the build. */
    private static final RestAssuredConfig NO_HANGING = RestAssured.config().httpClient(
            HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 30_000));

    @Inject
    OverviewRoute overview;

    @BeforeEach
    @AfterEach
    void freshStubsAndNoCachedOverview() {
        ComposeStubs.reset();
        overview.clearCache();
    }

    @Test
    void anAcceptItCannotProduceIsA406Problem() {
        given().accept("application/xml").get("/api/v1/overview").then().statusCode(406)
                .contentType("application/problem+json");
        given().accept("application/xml").get("/openapi").then().statusCode(406).contentType("application/problem+json");
        given().accept("application/json").get("/api/v1/overview").then().statusCode(200);
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8").get("/api/v1/overview").then().statusCode(200);
        given().accept("application/yaml").get("/openapi").then().statusCode(200).contentType(containsString("yaml"));
    }

    @Test
    void oneDocumentWithTheThreeSectionsInTheChosenLanguage() {
        given().get("/api/v1/overview").then().statusCode(200).contentType("application/json")
                .body("lang", equalTo("vi")).body("generatedAt", notNullValue())
                .body("congress.name", equalTo("Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2020 - 2025"))
                .body("congress.delegatesSummoned", equalTo(345))
                .body("congress.leaders[0].post", equalTo("Bí thư Tỉnh ủy khóa XII"))
                .body("congress.leaders[0].name", equalTo("Hoàng Duy Chinh"))
                .body("targets.byStatus.ON_TRACK", equalTo(2)).body("targets.byDomain.SOCIETY.NO_DATA", equalTo(1))
                .body("programs.declared.tasks", equalTo(5)).body("programs.recorded.solutions", equalTo(2))
                .body("programs.byStatus.IN_PROGRESS", equalTo(1)).body("programs.overdue", equalTo(1));
        given().queryParam("lang", "en").get("/api/v1/overview").then().statusCode(200)
                .body("congress.leaders[0].post", equalTo("Secretary")).body("congress.venue", equalTo("the provincial hall"));
        given().header("Accept-Language", "en-GB,en;q=0.9,vi;q=0.5").get("/api/v1/overview").then()
                .body("lang", equalTo("en"));
        given().queryParam("lang", "fr").get("/api/v1/overview").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("lang"));
    }

    @Test
    void eachReadRevalidatesWithTheServicesByTheirTags() {
        // The congress document comes with a tag, and the service answers 304 to that tag.
        WireMockServer elections = ComposeStubs.server("elections");
        elections.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/v1/congress")).atPriority(2)
                .willReturn(WireMock.okJson(StubDocuments.CONGRESS).withHeader("ETag", "\"congress-1\"")));
        elections.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/v1/congress")).atPriority(1)
                .withHeader("If-None-Match", WireMock.equalTo("\"congress-1\"")).willReturn(WireMock.status(304)));
        var first = given().get("/api/v1/overview").then().statusCode(200).extract();
        given().header("If-None-Match", first.header("ETag")).get("/api/v1/overview").then().statusCode(304);
        var again = given().get("/api/v1/overview").then().statusCode(200).extract();
        // Nothing changed, so the composition is the same one: the same bytes, generatedAt included.
        assertEquals(first.asString(), again.asString());
        elections.verify(3, WireMock.getRequestedFor(WireMock.urlPathEqualTo("/api/v1/congress")));
        elections.verify(2, WireMock.getRequestedFor(WireMock.urlPathEqualTo("/api/v1/congress"))
                .withHeader("If-None-Match", WireMock.equalTo("\"congress-1\"")));
    }

    @Test
    void aChangeInAServiceShowsInTheVeryNextRead() {
        given().get("/api/v1/overview").then().statusCode(200).body("programs.recorded.solutions", equalTo(2));
        // The plan changes (a solution recorded): no cache time to wait for.
        ComposeStubs.server("programs").stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/v1/plan")).atPriority(1)
                .willReturn(WireMock.okJson(StubDocuments.PLAN.replace("\"recorded\":{\"tasks\":1,\"solutions\":2}",
                        "\"recorded\":{\"tasks\":1,\"solutions\":3}"))));
        given().get("/api/v1/overview").then().statusCode(200).body("programs.recorded.solutions", equalTo(3));
    }

    @Test
    void theEtagOutlivesTheCacheWhileNoSectionChanges() {
        String etag = given().get("/api/v1/overview").then().statusCode(200).extract().header("ETag");
        overview.clearCache();
        // Composed anew (so with another generatedAt), yet the same sections: still not modified.
        given().header("If-None-Match", etag).get("/api/v1/overview").then().statusCode(304);
        ComposeStubs.server("elections").verify(2, WireMock.getRequestedFor(WireMock.urlPathEqualTo("/api/v1/congress")));
        // A section that does change gives a new tag.
        overview.clearCache();
        ComposeStubs.down("programs");
        given().header("If-None-Match", etag).get("/api/v1/overview").then().statusCode(200)
                .header("ETag", not(equalTo(etag))).body("programs.available", equalTo(false));
    }

    @Test
    void headGivesTheHeadersOfGetAndNoBody() {
        var get = given().get("/api/v1/overview").then().statusCode(200).extract();
        var head = given().head("/api/v1/overview").then().statusCode(200).extract();
        assertEquals(get.header("ETag"), head.header("ETag"));
        assertEquals(get.header("Content-Type"), head.header("Content-Type"));
        assertEquals(get.header("Cache-Control"), head.header("Cache-Control"));
        assertEquals(0, head.asByteArray().length);
        given().header("If-None-Match", get.header("ETag")).head("/api/v1/overview").then().statusCode(304);
    }

    @Test
    void oneServiceDownMarksItsSectionAndTheOthersStillAnswer() {
        ComposeStubs.down("programs");
        given().get("/api/v1/overview").then().statusCode(200)
                .body("programs.available", equalTo(false)).body("programs.reason", notNullValue())
                .body("congress.available", equalTo(true)).body("targets.available", equalTo(true));
    }

    @Test
    void aServiceAnsweringAnUnexpectedShapeMarksOnlyItsSection() {
        // 345 where {"summoned": 345, ...} belongs: reading it used to throw and leave the request hanging.
        ComposeStubs.server("elections").stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/v1/congress")).atPriority(1)
                .willReturn(WireMock.okJson(StubDocuments.CONGRESS.replace(
                        "{\"summoned\":345,\"exOfficio\":45}", "345"))));
        given().config(NO_HANGING).get("/api/v1/overview").then().statusCode(200)
                .body("congress.available", equalTo(false))
                .body("congress.reason", containsString("elections-service answered a document of an unexpected shape"))
                .body("targets.available", equalTo(true)).body("programs.available", equalTo(true));
    }

    @Test
    void everyServiceAnsweringUnexpectedShapesIsA503() {
        ComposeStubs.server("elections").stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/v1/congress")).atPriority(1)
                .willReturn(WireMock.okJson("{\"delegates\":345}")));
        ComposeStubs.server("targets").stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/v1/progress")).atPriority(1)
                .willReturn(WireMock.okJson("{\"counts\":[1,2]}")));
        ComposeStubs.server("programs").stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/v1/plan")).atPriority(1)
                .willReturn(WireMock.okJson("{\"declared\":\"many\"}")));
        given().config(NO_HANGING).get("/api/v1/overview").then().statusCode(503)
                .contentType("application/problem+json").body("requestId", notNullValue());
    }

    @Test
    void allServicesDownIsA503() {
        ComposeStubs.down("targets");
        ComposeStubs.down("programs");
        ComposeStubs.down("elections");
        given().get("/api/v1/overview").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5").body("type", equalTo("urn:backan-congress:problem:upstream-unavailable"))
                .body("requestId", notNullValue());
    }

    @Test
    void requestsArrivingTogetherShareRounds() throws Exception {
        // The scoreboard answers slowly, so the twelve requests overlap while it is composed.
        ComposeStubs.server("targets").stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/v1/progress"))
                .atPriority(1).willReturn(WireMock.aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(StubDocuments.SCOREBOARD).withFixedDelay(500)));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(pool.submit(() -> given().config(NO_HANGING).get("/api/v1/overview").statusCode()));
            }
            for (java.util.concurrent.Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            pool.shutdown();
        }
        for (String[] read : new String[][] {{"targets", "/api/v1/progress"}, {"elections", "/api/v1/congress"},
                {"programs", "/api/v1/plan"}}) {
            // The first request starts a round; the eleven arriving while it runs share the one after it.
            int reads = ComposeStubs.server(read[0]).countRequestsMatching(WireMock.getRequestedFor(
                    WireMock.urlPathEqualTo(read[1])).build()).getCount();
            assertTrue(reads >= 1 && reads <= 2, read[1] + " read " + reads + " times for twelve requests");
        }
    }
}
