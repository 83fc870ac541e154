package vn.backan.congress.portal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The pages over HTTP, through the real REST clients and Quarkus's own JSON reading of the
 * generated models: targets and programs answer fixtures, elections is down ({@link FixtureUpstreams}).
 */
@QuarkusTest
@WithTestResource(FixtureUpstreams.class)
class PortalPagesTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void theScoreboardShowsTheServicesNumbers() {
        String page = given().accept(BROWSER).get("/?asOf=2024").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();

        assertTrue(page.contains("<li data-status=\"ON_TRACK\">"), page);
        assertTrue(page.contains("6,35 %/năm (2023)"), "a latest figure with the unit of the indicators' list");
        assertTrue(page.contains("Đoàn kết, đổi mới, phát triển"), "the resolution's theme");
        assertTrue(page.contains("<option value=\"062\">Huyện Pác Nặm</option>"), "org units from their list");
        assertTrue(page.contains("<link rel=\"icon\" href=\"/portal-assets/favicon.svg\""), "the icon is linked");
    }

    @Test
    void anAnswerOutsideTheContractCostsItsSectionNotThePage() {
        given().accept(BROWSER).get("/?orgUnit=062&asOf=2024").then().statusCode(200)
                .body(containsString("Đoàn kết, đổi mới, phát triển"),
                        containsString("<strong>targets-service</strong>"),
                        not(containsString("id=\"counts\"")));
    }

    @Test
    void anIndicatorWithItsTargetAndFigures() {
        given().accept(BROWSER).get("/en/indicators/ECO-GRDP-GROWTH?asOf=2024").then().statusCode(200)
                .body(containsString("AVERAGE ≥ 6.5 (2021–2025)"), containsString("<tr data-year=\"2023\">"),
                        containsString("7.1235 %/year"));
    }

    @Test
    void aFiguresOtherValuesAreOneClickFromTheIndicatorPage() {
        String indicator = given().accept(BROWSER).get("/vi/indicators/ECO-GRDP-GROWTH?asOf=2024").then()
                .statusCode(200).extract().asString();
        assertTrue(indicator.contains("<a class=\"others\" href=\"/vi/figures/12\">3 giá trị khác</a>"), indicator);
        assertEquals(1, indicator.split("class=\"others\"", -1).length - 1, "only 2022's figure has other values");

        String figure = given().accept(BROWSER).get("/vi/figures/12").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(figure.contains("<dd class=\"value\">6,01 %/năm</dd>"), figure);
        assertTrue(figure.contains("<time datetime=\"2023-11\">2023-11</time>"), figure);
        assertTrue(figure.contains("href=\"/vi/indicators/ECO-GRDP-GROWTH?orgUnit=06&amp;asOf=2022\""), figure);
        assertTrue(figure.contains("href=\"/en/figures/12\""), "the same figure in English");
        // Three other values, each a row with its value, its date or "không ghi ngày", and why it was not chosen.
        assertEquals(3, figure.split("<td data-label=\"Giá trị\" class=\"value\">", -1).length - 1);
        assertTrue(figure.contains("<td data-label=\"Giá trị\" class=\"value\">5,88 %/năm</td>"), figure);
        assertEquals(2, figure.split("<td data-label=\"Ngày đăng\">không ghi ngày</td>", -1).length - 1);
        assertTrue(figure.contains("<td data-label=\"Vì sao không chọn\">trang của giá trị được chọn đăng muộn hơn</td>"));
        // Qute escapes what the pages published: the title's quotes come out as entities.
        assertTrue(figure.contains("article &#39;GRDP tăng trưởng liên tục và khá ổn định&#39; (title from URL)"), figure);
    }

    @Test
    void aFigureThatIsABoundInEnglishWithoutOtherValues() {
        given().accept(BROWSER).get("/en/figures/71").then().statusCode(200)
                .body(containsString("<dd class=\"value\">more than 562 kg per person per year</dd>"),
                        containsString("id=\"no-others\">No other page published another value for this figure."),
                        not(containsString("id=\"others\"")),
                        containsString("<time datetime=\"2021-11-11\">2021-11-11</time>"));
        given().accept(BROWSER).get("/vi/indicators/AGR-FOOD-PER-CAPITA?asOf=2021").then().statusCode(200)
                .body(containsString("<td>trên 562</td>"), not(containsString("class=\"others\"")));
    }

    @Test
    void aFigureWithoutAPageSaysSoAndItsState() {
        given().accept(BROWSER).get("/vi/figures/13").then().statusCode(200)
                .body(containsString("<p>Số liệu này không ghi trang đã đăng.</p>"),
                        containsString("<dt>Tình trạng</dt><dd>Đã gửi, chưa duyệt</dd>"),
                        not(containsString("id=\"source\"")), containsString("id=\"no-others\""));
    }

    @Test
    void aFigureTheServiceDoesNotHaveIsA404Page() {
        given().accept(BROWSER).get("/vi/figures/999").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("There is no figure 999."));
        for (String id : new String[] {"0", "012", "abc", "99999999999999999999"}) {
            given().accept(BROWSER).get("/en/figures/" + id).then().statusCode(404)
                    .contentType(containsString("text/html"));
        }
        given().accept(BROWSER).get("/fr/figures/12").then().statusCode(404);
    }

    @Test
    void aServiceRefusingThePagesParametersIsA400Page() {
        given().accept(BROWSER).get("/vi/indicators/ECO-GRDP-GROWTH?orgUnit=062&asOf=2024").then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("targets-service refused this page&#39;s parameters"));
    }

    @Test
    void anIndicatorTheServiceDoesNotKnowIsA404Page() {
        given().accept(BROWSER).get("/vi/indicators/NOPE-1").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("There is no indicator NOPE-1."));
    }

    @Test
    void thePlanReadsEveryPageOfTheSolutions() {
        given().accept(BROWSER).get("/vi/plan").then().statusCode(200)
                .body(containsString("id=\"solution-3\""), containsString("Thêm 80 ha"));
    }

    @Test
    void aServiceThatIsDownCostsOnlyItsSections() {
        given().accept(BROWSER).get("/vi/congress").then().statusCode(200)
                .body(containsString("class=\"unavailable\""), containsString("<strong>elections-service</strong>"),
                        containsString("id=\"onDate\""));
    }

    @Test
    void theWidgetCountsAndLinksToTheFullScoreboard() {
        given().accept(BROWSER).get("/embed/progress?orgUnit=061&lang=en&asOf=2024").then().statusCode(200)
                .body(containsString("Bắc Kạn city, 2024"), containsString("href=\"/en/?orgUnit=061&amp;asOf=2024\""),
                        containsString("<li data-status=\"ACHIEVED\">"));
    }

    @Test
    void aJsonClientGetsAProblemNotAnHtmlPage() {
        Response answer = given().accept("application/json").get("/vi/plan");

        assertEquals(406, answer.statusCode());
        assertEquals("application/problem+json", answer.contentType());
        JsonPath problem = JsonPath.from(answer.asString());
        assertEquals(406, problem.getInt("status"));
        assertEquals("Not Acceptable", problem.getString("title"));
        assertTrue(problem.getString("detail").contains("application/json"), problem.getString("detail"));
        assertEquals("/vi/plan", problem.getString("instance"));
        assertEquals(answer.header("X-Request-Id"), problem.getString("requestId"));
    }

    @Test
    void everyRefusalIsAProblemForAJsonClient() {
        // JSON first, anything else if need be: the page is made, and its refusal is a problem.
        Response answer = given().accept("application/json, */*;q=0.1").get("/vi/indicators/NOPE-1");

        assertEquals(404, answer.statusCode());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals("There is no indicator NOPE-1.", JsonPath.from(answer.asString()).getString("detail"));
        given().accept("application/problem+json").get("/vi/congress?onDate=soon").then().statusCode(406)
                .contentType("application/problem+json");
        given().accept("text/html;q=0.5, application/json;q=0.4").get("/vi/indicators/NOPE-1").then().statusCode(404)
                .contentType(containsString("text/html"));
    }

    @Test
    void theFaviconIsAnIconAtTheRootAndUnderTheAssets() {
        for (String path : new String[] {"/favicon.ico", "/portal-assets/favicon.ico"}) {
            byte[] icon = given().get(path).then().statusCode(200).contentType(containsString("icon"))
                    .extract().asByteArray();
            // An ICO file's header: reserved 0, type 1 (icon), one image; then a 16 x 16 entry.
            assertArrayEquals(new byte[] {0, 0, 1, 0, 1, 0, 16, 16}, Arrays.copyOf(icon, 8), path);
        }
        given().get("/portal-assets/favicon.svg").then().statusCode(200).contentType(containsString("image/svg+xml"))
                .body(containsString("<svg"));
        // The pages name both icons under /portal-assets/, which the gateway routes to the portal.
        given().get("/vi/plan").then().body(containsString("<link rel=\"icon\" href=\"/portal-assets/favicon.ico\""));
    }
}
