package vn.backan.congress.programs.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The implementation timeline: who may report, which changes make sense, replays and downloads. */
@QuarkusTest
class SolutionUpdateTest {

    private static String update(String date, String status, int percent, String extra) {
        return "{\"reportDate\":\"" + date + "\",\"status\":\"" + status + "\",\"percentComplete\":" + percent
                + ",\"narrative\":{\"vi\":\"Đã triển khai tại các xã\",\"en\":\"Rolled out in the communes\"}" + extra + "}";
    }

    /** A fresh solution with no indicator codes, so these tests never depend on targets-service. */
    private static String solutionWithNoUpdates(int number) {
        Api.ensureTask(1);
        Api.admin().body(Api.solution(number, "Giải pháp " + number, "[]")).post("/api/v1/solutions").then().statusCode(201);
        return "/api/v1/solutions/" + number + "/updates";
    }

    @Test
    void aReporterReportsForItsOwnUnitOnly() {
        String path = solutionWithNoUpdates(20);
        String etagBefore = Api.etag("/api/v1/solutions/20");
        Api.reporter("058").body(update("2021-03-01", "IN_PROGRESS", 20, ",\"evidenceUrl\":\"https://backan.gov.vn/a\""))
                .post(path).then().statusCode(201).body("orgUnit", equalTo("058")).body("author", equalTo("local-reporter"));
        Api.reporter("058").body(update("2021-04-01", "IN_PROGRESS", 30, ",\"orgUnit\":\"060\"")).post(path).then()
                .statusCode(403).contentType("application/problem+json").body("detail", containsString("060"));
        given().get("/api/v1/solutions/20").then().body("status", equalTo("IN_PROGRESS"))
                .body("percentComplete", equalTo(20)).body("latestUpdate.orgUnit", equalTo("058"))
                .body("latestUpdate.narrative.vi", equalTo("Đã triển khai tại các xã"));
        assertNotEquals(etagBefore, Api.etag("/api/v1/solutions/20"), "the solution's ETag moves with its updates");
        given().header("If-None-Match", etagBefore).get("/api/v1/solutions/20").then().statusCode(200);
        Api.admin().body(update("2021-04-01", "IN_PROGRESS", 30, "")).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("orgUnit"));
        given().contentType("application/json").body(update("2021-04-01", "IN_PROGRESS", 30, "")).post(path).then()
                .statusCode(401);
    }

    @Test
    void changesThatMakeNoSenseAreRefusedUnlessAnAdminMakesThem() {
        String path = solutionWithNoUpdates(21);
        Api.reporter("061").body(update("2021-05-01", "COMPLETED", 100, "")).post(path).then().statusCode(201);
        Api.reporter("061").body(update("2021-05-02", "NOT_STARTED", 0, "")).post(path).then().statusCode(422)
                .body("detail", containsString("only an admin may reopen"));
        Api.reporter("061").body(update("2021-05-02", "IN_PROGRESS", 90, "")).post(path).then().statusCode(422);
        Api.reporter("061").body(update("2021-05-02", "COMPLETED", 80, "")).post(path).then().statusCode(422)
                .body("detail", containsString("100%"));
        Api.admin().body(update("2021-05-03", "NOT_STARTED", 0, ",\"orgUnit\":\"06\"")).post(path).then().statusCode(201);
        given().get("/api/v1/solutions/21").then().body("status", equalTo("NOT_STARTED"));
    }

    @Test
    void percentGoesDownOnlyInACorrectionAndDatesRunForward() {
        String path = solutionWithNoUpdates(22);
        int first = Api.reporter("062").body(update("2021-06-01", "IN_PROGRESS", 60, "")).post(path).then()
                .statusCode(201).extract().path("id");
        Api.reporter("062").body(update("2021-06-02", "IN_PROGRESS", 45, "")).post(path).then().statusCode(422)
                .body("detail", containsString("60% to 45%"));
        Api.reporter("062").body(update("2021-06-02", "IN_PROGRESS", 45, ",\"correctsId\":" + first)).post(path)
                .then().statusCode(201).body("correctsId", equalTo(first));
        Api.reporter("063").body(update("2021-06-03", "IN_PROGRESS", 40, ",\"correctsId\":" + first)).post(path)
                .then().statusCode(403);
        Api.reporter("062").body(update("2021-05-01", "IN_PROGRESS", 70, "")).post(path).then().statusCode(422)
                .body("detail", containsString("date order"));
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
        Api.reporter("062").body(update(tomorrow, "IN_PROGRESS", 70, "")).post(path).then().statusCode(422)
                .body("detail", containsString("future"));
        // Both entries stay: nothing is overwritten.
        given().get(path).then().statusCode(200).body("percentComplete", contains(60, 45));
    }

    @Test
    void anIdempotencyKeyReplaysAnUpdateAndItShowsInTheCsv() {
        String path = solutionWithNoUpdates(23);
        String body = update("2021-07-01", "DELAYED", 10, ",\"evidenceUrl\":\"https://backan.gov.vn/b\"");
        String first = Api.reporter("064").header("Idempotency-Key", "u-23").body(body).post(path).then()
                .statusCode(201).extract().asString();
        String again = Api.reporter("064").header("Idempotency-Key", "u-23").body(body).post(path).then()
                .statusCode(201).header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(first, again);
        given().get(path).then().body("id.size()", equalTo(1));
        Api.reporter("064").body(update("2021-07-01", "DELAYED", 10, ",\"evidenceUrl\":\"ftp://x\"")).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("evidenceUrl"));

        String csv = given().queryParam("format", "csv").queryParam("solution", 23).get("/api/v1/updates").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("id,solution_number,report_date,org_unit,status,percent_complete,narrative_vi,narrative_en,"
                + "evidence_url,corrects_id,author,recorded_at", lines.get(0));
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).contains(",23,2021-07-01,064,DELAYED,10,Đã triển khai tại các xã,Rolled out in the communes,https://backan.gov.vn/b,,local-reporter,"),
                lines.get(1));
        given().queryParam("orgUnit", "064").queryParam("from", "2021-07-01").queryParam("to", "2021-07-01")
                .get("/api/v1/updates").then().statusCode(200).body("items.solutionNumber", contains(23));
    }
}
