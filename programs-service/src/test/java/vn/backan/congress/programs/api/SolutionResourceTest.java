package vn.backan.congress.programs.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;

/** Solutions: the checks before a write (indicator codes over HTTP included), If-Match, idempotency, reading. */
@QuarkusTest
@QuarkusTestResource(TargetsStub.class)
class SolutionResourceTest {

    private static final String PATH = "/api/v1/solutions";

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void tasks() {
        targetsBackToNormal();
        Api.ensureTask(1);
        Api.ensureTask(2);
    }

    @AfterEach
    void targetsBackToNormal() {
        TargetsStub.reset();
        breakers.resetAll();
    }

    @Test
    void aSolutionWithKnownIndicatorCodesIsStoredAndServed() {
        String location = As.admin().body(Api.solution(1, "Phát triển rừng gỗ lớn", "[\"NRD-COMMUNES\",\"BUD-REVENUE\"]"))
                .post(PATH).then().statusCode(201).header("ETag", notNullValue())
                .body("indicatorCodes", contains("BUD-REVENUE", "NRD-COMMUNES")).body("status", equalTo("NOT_STARTED"))
                .extract().header("Location");
        assertEquals(true, location.endsWith(PATH + "/1"));
        given().get(PATH + "/1").then().statusCode(200).body("title.vi", equalTo("Phát triển rừng gỗ lớn"))
                .body("programCodes", contains("KP-3-AGRI-FORESTRY")).body("latestUpdate", equalTo(null));
        TargetsStub.server().verify(1, getRequestedFor(urlMatching("/api/v1/indicators/NRD-COMMUNES")));
    }

    @Test
    void anUnknownIndicatorCodeIsA422NamingItAndNothingIsStored() {
        As.admin().body(Api.solution(2, "Giải pháp hai", "[\"BUD-REVENUE\",\"NO-SUCH-CODE\"]")).post(PATH).then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("indicatorCodes[1]"))
                .body("errors[0].message", containsString("NO-SUCH-CODE"));
        given().get(PATH + "/2").then().statusCode(404);
    }

    @Test
    void whenTargetsServiceIsDownTheWriteIsRefusedWith503AndRetryAfter() {
        TargetsStub.server().stubFor(get(urlMatching("/api/v1/indicators/.*")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        As.admin().body(Api.solution(3, "Giải pháp ba", "[\"BUD-REVENUE\"]")).post(PATH).then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "2")
                .body("type", equalTo("urn:backan-congress:problem:upstream-unavailable"));
        // A read is retried once, so targets-service was asked twice.
        TargetsStub.server().verify(2, getRequestedFor(urlMatching("/api/v1/indicators/BUD-REVENUE")));
        given().get(PATH + "/3").then().statusCode(404);
    }

    @Test
    void aSlowTargetsServiceTimesOutInto503() {
        TargetsStub.server().stubFor(get(urlMatching("/api/v1/indicators/.*")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withFixedDelay(TargetsStub.READ_TIMEOUT_MS * 3)));
        As.admin().body(Api.solution(3, "Giải pháp ba", "[\"BUD-REVENUE\"]")).post(PATH).then().statusCode(503)
                .header("Retry-After", notNullValue());
        given().get(PATH + "/3").then().statusCode(404);
    }

    @Test
    void repeatedFailuresOpenTheBreakerSoTargetsServiceIsNotAskedAgain() {
        TargetsStub.server().stubFor(get(urlMatching("/api/v1/indicators/.*")).atPriority(1)
                .willReturn(aResponse().withStatus(500)));
        // Each write tries twice (one retry); the breaker opens at half of 4 calls failing.
        for (int i = 0; i < 2; i++) {
            As.admin().body(Api.solution(4, "Giải pháp bốn", "[\"BUD-REVENUE\"]")).post(PATH).then().statusCode(503);
        }
        TargetsStub.server().resetRequests();
        As.admin().body(Api.solution(4, "Giải pháp bốn", "[\"BUD-REVENUE\"]")).post(PATH).then().statusCode(503)
                .header("Retry-After", "10").body("detail", containsString("not asked for a while"));
        TargetsStub.server().verify(0, getRequestedFor(urlMatching("/api/v1/indicators/.*")));
    }

    @Test
    void localChecksRefuseWhatMakesNoSense() {
        String base = Api.solution(5, "Giải pháp năm", "[]");
        As.admin().body(base.replace("\"taskNumber\":1", "\"taskNumber\":4")).post(PATH).then().statusCode(422)
                .body("detail", containsString("no task 4"));
        As.admin().body(base.replace("KP-3-AGRI-FORESTRY", "KP-9")).post(PATH).then().statusCode(422)
                .body("detail", containsString("KP-9"));
        As.admin().body(base.replace("2021-01-01", "2024-06-01")).post(PATH).then().statusCode(422)
                .body("detail", containsString("after dueDate"));
        As.admin().body(base.replace("\"startDate\"", "\"status\":\"COMPLETED\",\"percentComplete\":60,\"startDate\""))
                .post(PATH).then().statusCode(422).body("detail", containsString("100%"));
        As.admin().body(base.replace("\"title\":{\"vi\":\"Giải pháp năm\",", "\"title\":{\"vi\":\" \",")).post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("title.vi"));
        As.admin().body(base.replace("\"number\":5", "\"number\":5,\"colour\":1"))
                .post(PATH).then().statusCode(400);
        As.reporter("058").body(base).post(PATH).then().statusCode(403);
        given().contentType("application/json").body(base).post(PATH).then().statusCode(401);
        given().get(PATH + "/5").then().statusCode(404);
    }

    @Test
    void aSecondCreateOfTheSameNumberIsAConflict() {
        As.admin().body(Api.solution(6, "Giải pháp sáu", "[]")).post(PATH).then().statusCode(201);
        As.admin().body(Api.solution(6, "Giải pháp sáu khác", "[]")).post(PATH).then().statusCode(409);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() {
        String body = Api.solution(7, "Giải pháp bảy", "[\"ECO-GRDP-PER-CAPITA\"]");
        String first = As.admin().header("Idempotency-Key", "sol-7").body(body).post(PATH).then().statusCode(201)
                .header("Idempotent-Replayed", equalTo(null)).extract().asString();
        var firstHeaders = As.admin().header("Idempotency-Key", "sol-7-headers").body(body.replace("\"number\":7", "\"number\":17"))
                .post(PATH).then().statusCode(201).extract().headers();
        var replayHeaders = As.admin().header("Idempotency-Key", "sol-7-headers").body(body.replace("\"number\":7", "\"number\":17"))
                .post(PATH).then().statusCode(201).header("Idempotent-Replayed", "true").extract().headers();
        assertEquals(firstHeaders.getValue("Location"), replayHeaders.getValue("Location"));
        assertEquals(firstHeaders.getValue("ETag"), replayHeaders.getValue("ETag"));
        assertEquals(Api.etag(PATH + "/17"), replayHeaders.getValue("ETag"));
        String replay = As.admin().header("Idempotency-Key", "sol-7").body(body).post(PATH).then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(first, replay);
        As.admin().header("Idempotency-Key", "k".repeat(129)).body(body).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        TargetsStub.server().verify(2, getRequestedFor(urlMatching("/api/v1/indicators/ECO-GRDP-PER-CAPITA")));
        As.admin().header("Idempotency-Key", "sol-7").body(body.replace("bảy", "tám")).post(PATH).then()
                .statusCode(422).body("detail", containsString("sol-7"));
    }

    @Test
    void anAdminEditNeedsIfMatchAndIsKeptInHistory() {
        As.admin().body(Api.solution(8, "Giải pháp tám", "[]")).post(PATH).then().statusCode(201);
        String path = PATH + "/8";
        String edit = "{\"leadAgency\":\"Sở Tài nguyên và Môi trường\",\"indicatorCodes\":[\"NRD-COMMUNES\"],\"reason\":\"giao lại\"}";
        As.admin().body(edit).patch(path).then().statusCode(428);
        As.admin().header("If-Match", "\"v99\"").body(edit).patch(path).then().statusCode(412);
        String before = Api.etag(path);
        String after = As.admin().header("If-Match", before).body(edit).patch(path).then().statusCode(200)
                .body("leadAgency", equalTo("Sở Tài nguyên và Môi trường")).body("indicatorCodes", contains("NRD-COMMUNES"))
                .extract().header("ETag");
        assertNotEquals(before, after);
        assertEquals(after, Api.etag(path));
        As.admin().header("If-Match", before).body(edit).patch(path).then().statusCode(412);
        given().get(path + "/history").then().statusCode(200).body("action", contains("CREATE", "EDIT"))
                .body("[1].oldValues", containsString("giao lại"));
        given().header("If-None-Match", after).get(path).then().statusCode(304);
    }

    @Test
    void aSlowReferenceCheckHoldsNoLockOnTheSolution() throws Exception {
        As.admin().body(Api.solution(12, "Giải pháp mười hai", "[\"BUD-REVENUE\"]")).post(PATH).then().statusCode(201);
        String path = PATH + "/12";
        // targets-service hangs on NRD-COMMUNES: each attempt times out (two, about a second in all).
        TargetsStub.server().stubFor(get(urlMatching("/api/v1/indicators/NRD-COMMUNES")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withFixedDelay(TargetsStub.READ_TIMEOUT_MS * 5)));
        String etag = Api.etag(path);
        CompletableFuture<Integer> slowEdit = CompletableFuture.supplyAsync(() -> As.admin().header("If-Match", etag)
                .body("{\"indicatorCodes\":[\"NRD-COMMUNES\"],\"reason\":\"thêm chỉ tiêu\"}").patch(path).statusCode());
        while (TargetsStub.server().findAll(getRequestedFor(urlMatching("/api/v1/indicators/NRD-COMMUNES"))).isEmpty()) {
            Thread.sleep(10);
        }

        // While that edit waits on targets-service, another edit of the same solution goes through:
        // the slow one checks before taking the row lock, so it holds none.
        As.admin().header("If-Match", etag).body("{\"leadAgency\":\"Sở Xây dựng\",\"reason\":\"giao lại\"}")
                .patch(path).then().statusCode(200);
        assertEquals(false, slowEdit.isDone(), "the second edit waited for the first");

        assertEquals(503, slowEdit.get(10, TimeUnit.SECONDS));
        given().get(path).then().statusCode(200).body("leadAgency", equalTo("Sở Xây dựng"))
                .body("indicatorCodes", contains("BUD-REVENUE"));
    }

    @Test
    void listsFilterFoldAccentsAndExportCsv() {
        As.admin().body(Api.solution(9, "Phát triển du lịch cộng đồng", "[\"BUD-REVENUE\"]")
                .replace("KP-3-AGRI-FORESTRY", "KP-4-INVESTMENT-TOURISM-INDUSTRY").replace("2023-12-31", "2022-06-30"))
                .post(PATH).then().statusCode(201);
        given().queryParam("q", "du lich cong dong").get(PATH).then().statusCode(200)
                .body("items.number", contains(9));
        given().queryParam("program", "KP-4-INVESTMENT-TOURISM-INDUSTRY").get(PATH).then()
                .body("items.number", hasItem(9)).body("items.number", not(hasItem(1)));
        given().queryParam("overdue", true).queryParam("asOf", "2022-07-01").get(PATH).then()
                .body("items.number", hasItem(9));
        given().queryParam("overdue", true).queryParam("asOf", "2022-06-30").get(PATH).then()
                .body("items.number", not(hasItem(9)));
        given().queryParam("leadAgency", "so nong nghiep").queryParam("indicator", "BUD-REVENUE").get(PATH).then()
                .body("items.number", hasItem(9));
        given().queryParam("status", "FINISHED").get(PATH).then().statusCode(400);
        String csv = given().accept("text/csv").queryParam("bom", "false").get(PATH).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        String header = csv.lines().findFirst().orElseThrow();
        assertEquals(true, header.startsWith("number,task_number,title_vi,title_en,lead_agency"));
        assertEquals(true, csv.contains("\r\n9,1,Phát triển du lịch cộng đồng,Test 9,Sở Nông nghiệp và Phát triển nông thôn,"));
    }

    @Test
    void referencesAreCheckedByTheClientsPositionAndCodesAreUpperCase() {
        As.admin().body(Api.solution(10, "Giải pháp mười", "[\"BUD-REVENUE\",\"BUD-REVENUE\",\"NO-SUCH\"]")).post(PATH)
                .then().statusCode(422).body("errors.field", contains("indicatorCodes[2]"));
        As.admin().body(Api.solution(10, "Giải pháp mười", "[\"bud-revenue\"]")).post(PATH).then().statusCode(400)
                .body("errors[0].field", containsString("indicatorCodes"));
        As.admin().body(Api.solution(10, "Giải pháp mười", "[]").replace("\"058\"", "\"999\"")).post(PATH).then()
                .statusCode(422).body("errors.field", contains("reportingOrgUnits[1]"))
                .body("errors[0].message", containsString("org unit 999"));
        given().get(PATH + "/10").then().statusCode(404);
        // The database compares agencies case-insensitively: one agency, not a misleading conflict.
        As.admin().body(Api.solution(10, "Giải pháp mười", "[]").replace("\"indicatorCodes\"",
                "\"coordinatingAgencies\":[\"Sở Y tế\",\"sở y tế\",\"Sở Y tế\u200b\"],\"indicatorCodes\""))
                .post(PATH).then().statusCode(201).body("coordinatingAgencies", contains("Sở Y tế"));
    }
}
