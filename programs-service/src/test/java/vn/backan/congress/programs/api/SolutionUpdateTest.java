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
import vn.backan.congress.devkit.testing.As;

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
        As.admin().body(Api.solution(number, "Giải pháp " + number, "[]")).post("/api/v1/solutions").then().statusCode(201);
        return "/api/v1/solutions/" + number + "/updates";
    }

    @Test
    void aReporterReportsForItsOwnUnitOnly() {
        String path = solutionWithNoUpdates(20);
        String etagBefore = Api.etag("/api/v1/solutions/20");
        As.reporter("058").body(update("2021-03-01", "IN_PROGRESS", 20, ",\"evidenceUrl\":\"https://backan.gov.vn/a\""))
                .post(path).then().statusCode(201).body("orgUnit", equalTo("058")).body("author", equalTo("local-reporter"));
        As.reporter("058").body(update("2021-04-01", "IN_PROGRESS", 30, ",\"orgUnit\":\"060\"")).post(path).then()
                .statusCode(403).contentType("application/problem+json").body("detail", containsString("060"));
        // Its own unit, but not one that reports on this solution.
        As.reporter("065").body(update("2021-04-01", "IN_PROGRESS", 30, "")).post(path).then().statusCode(403)
                .body("detail", containsString("does not report on solution 20"));
        As.admin().body(update("2021-04-01", "IN_PROGRESS", 30, ",\"orgUnit\":\"065\"")).post(path).then()
                .statusCode(422).body("detail", containsString("does not report on solution 20"));
        given().get("/api/v1/solutions/20").then().body("status", equalTo("IN_PROGRESS"))
                .body("percentComplete", equalTo(20)).body("latestUpdate.orgUnit", equalTo("058"))
                .body("latestUpdate.narrative.vi", equalTo("Đã triển khai tại các xã"));
        assertNotEquals(etagBefore, Api.etag("/api/v1/solutions/20"), "the solution's ETag moves with its updates");
        given().header("If-None-Match", etagBefore).get("/api/v1/solutions/20").then().statusCode(200);
        As.admin().body(update("2021-04-01", "IN_PROGRESS", 30, "")).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("orgUnit"));
        given().contentType("application/json").body(update("2021-04-01", "IN_PROGRESS", 30, "")).post(path).then()
                .statusCode(401);
    }

    @Test
    void changesThatMakeNoSenseAreRefusedUnlessAnAdminMakesThem() {
        String path = solutionWithNoUpdates(21);
        As.reporter("061").body(update("2021-05-01", "COMPLETED", 100, "")).post(path).then().statusCode(201);
        As.reporter("061").body(update("2021-05-02", "NOT_STARTED", 0, "")).post(path).then().statusCode(422)
                .body("detail", containsString("only an admin may reopen"));
        As.reporter("061").body(update("2021-05-02", "IN_PROGRESS", 90, "")).post(path).then().statusCode(422);
        As.reporter("061").body(update("2021-05-02", "COMPLETED", 80, "")).post(path).then().statusCode(422)
                .body("detail", containsString("100%"));
        As.admin().body(update("2021-05-03", "NOT_STARTED", 0, ",\"orgUnit\":\"06\"")).post(path).then().statusCode(201);
        given().get("/api/v1/solutions/21").then().body("status", equalTo("NOT_STARTED"));
    }

    @Test
    void aCorrectionReplacesTheEntryItNamesAndFitsBetweenItsNeighbours() {
        String path = solutionWithNoUpdates(22);
        int first = As.reporter("062").body(update("2021-06-01", "IN_PROGRESS", 60, "")).post(path).then()
                .statusCode(201).extract().path("id");
        As.reporter("062").body(update("2021-06-02", "IN_PROGRESS", 45, "")).post(path).then().statusCode(422)
                .body("detail", containsString("60% to 45%"));
        As.reporter("062").body(update("2021-06-02", "IN_PROGRESS", 45, ",\"correctsId\":" + first)).post(path)
                .then().statusCode(422).body("detail", containsString("keeps the date"));
        int correction = As.reporter("062").body(update("2021-06-01", "IN_PROGRESS", 45, ",\"correctsId\":" + first))
                .post(path).then().statusCode(201).body("correctsId", equalTo(first)).extract().path("id");
        // The corrected entry no longer counts: the solution stands at 45%.
        given().get("/api/v1/solutions/22").then().body("percentComplete", equalTo(45));
        As.reporter("062").body(update("2021-06-05", "IN_PROGRESS", 50, "")).post(path).then().statusCode(201);
        // A correction of an earlier entry cannot say more than the entry after it (50% on 05/06).
        As.reporter("062").body(update("2021-06-01", "IN_PROGRESS", 70, ",\"correctsId\":" + correction))
                .post(path).then().statusCode(422).body("detail", containsString("cannot say more"));
        As.reporter("062").body(update("2021-06-01", "IN_PROGRESS", 40, ",\"correctsId\":" + first)).post(path)
                .then().statusCode(422).body("detail", containsString("already been corrected"));
        As.reporter("064").body(update("2021-06-01", "IN_PROGRESS", 40, ",\"correctsId\":" + correction))
                .post(path).then().statusCode(403);
        // New entries run forward in time, within the term, never in the future.
        As.reporter("062").body(update("2021-06-04", "IN_PROGRESS", 70, "")).post(path).then().statusCode(422)
                .body("detail", containsString("date order"));
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
        As.reporter("062").body(update(tomorrow, "IN_PROGRESS", 70, "")).post(path).then().statusCode(422)
                .body("detail", containsString("outside the term"));
        As.reporter("062").body(update("2019-12-31", "IN_PROGRESS", 70, "")).post(path).then().statusCode(422);
        // Nothing is overwritten or hidden: every entry stays in the timeline.
        given().get(path).then().statusCode(200).body("items.percentComplete", contains(60, 45, 50));
        given().get("/api/v1/solutions/22").then().body("percentComplete", equalTo(50));
    }

    @Test
    void updatesPostedAtOnceAreAllKeptWithoutAServerError() throws Exception {
        String path = solutionWithNoUpdates(24);
        List<String> units = List.of("058", "061", "062", "064");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(units.size());
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (String unit : units) {
                answers.add(pool.submit(() -> As.reporter(unit).body(update("2022-01-10", "IN_PROGRESS", 30, ""))
                        .post(path).statusCode()));
            }
            for (var answer : answers) {
                assertEquals(201, answer.get());
            }
        } finally {
            pool.shutdown();
        }
        given().get(path).then().body("totalItems", equalTo(4));
    }

    @Test
    void anIdempotencyKeyReplaysAnUpdateAndItShowsInTheCsv() {
        String path = solutionWithNoUpdates(23);
        String body = update("2021-07-01", "DELAYED", 10, ",\"evidenceUrl\":\"https://backan.gov.vn/b\"");
        String first = As.reporter("064").header("Idempotency-Key", "u-23").body(body).post(path).then()
                .statusCode(201).extract().asString();
        String again = As.reporter("064").header("Idempotency-Key", "u-23").body(body).post(path).then()
                .statusCode(201).header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(first, again);
        given().get(path).then().body("totalItems", equalTo(1));
        As.reporter("064").body(update("2021-07-01", "DELAYED", 10, ",\"evidenceUrl\":\"ftp://x\"")).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("evidenceUrl"));

        String csv = given().queryParam("format", "csv").queryParam("bom", "false").queryParam("solution", 23).get("/api/v1/updates").then()
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
