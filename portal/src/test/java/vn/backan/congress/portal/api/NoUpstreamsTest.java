package vn.backan.congress.portal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** With every service down the pages that can still say something do; the indicator page is a 503 to retry. */
@QuarkusTest
@WithTestResource(NoUpstreams.class)
class NoUpstreamsTest {

    @Test
    void theScoreboardKeepsItsYearsAndSaysTargetsServiceIsMissing() {
        given().get("/en/?asOf=2023").then().statusCode(200)
                .body(containsString("<option value=\"2023\" selected>2023</option>"),
                        containsString("<strong>targets-service</strong>"), not(containsString("id=\"counts\"")));
    }

    @Test
    void theWidgetSaysSoToo() {
        given().get("/embed/progress?orgUnit=061&asOf=2024").then().statusCode(200)
                .body(containsString("<strong>targets-service</strong>"), containsString("asOf=2024"));
    }

    @Test
    void anIndicatorPageIsA503WithRetryAfter() {
        given().accept("text/html").get("/vi/indicators/ECO-GRDP-GROWTH").then().statusCode(503)
                .header("Retry-After", "5").contentType(containsString("text/html"))
                .body(containsString("targets-service did not answer"));
    }

    @Test
    void aFigurePageIsA503WithRetryAfterToo() {
        given().accept("text/html").get("/en/figures/12").then().statusCode(503)
                .header("Retry-After", "5").contentType(containsString("text/html"))
                .body(containsString("targets-service did not answer"));
    }

    @Test
    void forAJsonClientTheSame503IsAProblem() {
        Response answer = given().accept("application/json, */*;q=0.1").get("/vi/indicators/ECO-GRDP-GROWTH");

        assertEquals(503, answer.statusCode());
        assertEquals("5", answer.header("Retry-After"));
        assertEquals("application/problem+json", answer.contentType());
        assertEquals("Service Unavailable", JsonPath.from(answer.asString()).getString("title"));
    }

    @Test
    void thePlanAndTheCongressRenderWithoutTheirServices() {
        given().get("/vi/plan").then().statusCode(200).body(containsString("<strong>programs-service</strong>"));
        given().get("/en/congress").then().statusCode(200).body(containsString("<strong>elections-service</strong>"));
    }
}
