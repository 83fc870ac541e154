package vn.backan.congress.targets.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;

/** District reporting: import, dry run, the all-or-nothing rule, scoping, replay, history, approval. */
@QuarkusTest
class ObservationImportTest {


    private static int count(String indicator, String orgUnit) {
        return given().queryParam("indicator", indicator).queryParam("orgUnit", orgUnit).get("/api/v1/observations")
                .then().statusCode(200).extract().path("totalItems");
    }

    @Test
    void aReporterImportsForItsOwnDistrict() {
        As.reporter("064").contentType("application/json")
                .body("[{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"064\",\"year\":2021,\"value\":85.5,\"quality\":\"final\",\"source\":\"Sở Tài chính\"},"
                        + "{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"064\",\"year\":2022,\"value\":\"90\"}]")
                .post("/api/v1/observations/import").then().statusCode(200)
                .body("committed", equalTo(true)).body("counts.created", equalTo(2)).body("counts.rejected", equalTo(0));
        given().queryParam("indicator", "BUD-REVENUE").queryParam("orgUnit", "064").get("/api/v1/observations")
                .then().statusCode(200).body("items.year", contains(2021, 2022))
                .body("items[0].value", equalTo(85.5f)).body("items[0].state", equalTo("SUBMITTED"))
                .body("items[0].source", equalTo("Sở Tài chính")).body("items[1].quality", equalTo("FINAL"))
                .body("items[0].submittedBy", equalTo("local-reporter"));
    }

    @Test
    void aDryRunReportsButSavesNothing() {
        As.reporter("061").contentType("application/json")
                .body("[{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"061\",\"year\":2021,\"value\":40}]")
                .post("/api/v1/observations/import?dryRun=true").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("committed", equalTo(false)).body("counts.created", equalTo(1));
        assertEquals(0, count("BUD-REVENUE", "061"));
    }

    @Test
    void everyKindOfBadRowIsReportedAndNothingIsSaved() {
        String body = "[{\"indicator\":\"NO-SUCH\",\"orgUnit\":\"062\",\"year\":2021,\"value\":1},"
                + "{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"999\",\"year\":2021,\"value\":1},"
                + "{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"062\",\"year\":2019,\"value\":1},"
                + "{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"062\",\"year\":2023,\"value\":\"nhiều\"},"
                + "{\"indicator\":\"UTL-ELECTRICITY-HOUSEHOLDS\",\"orgUnit\":\"062\",\"year\":2023,\"value\":100.5},"
                + "{\"indicator\":\"NRD-COMMUNES\",\"orgUnit\":\"062\",\"year\":2023,\"value\":-3},"
                + "{\"indicator\":\"EDU-UNIVERSAL-EDUCATION\",\"orgUnit\":\"062\",\"year\":2023,\"value\":1},"
                + "{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"062\",\"year\":2024,\"value\":50},"
                + "{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"062\",\"year\":2024,\"value\":51},"
                + "{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"062\",\"year\":2025,\"value\":52,\"quality\":\"guess\"},"
                + "{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"062\",\"year\":2025}]";
        As.admin().contentType("application/json").body(body).post("/api/v1/observations/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("report.committed", equalTo(false))
                .body("report.counts.rejected", equalTo(10))
                .body("report.conflicts.row", contains(1, 2, 3, 4, 5, 6, 7, 9, 10, 11))
                .body("report.conflicts.code", contains("UNKNOWN_INDICATOR", "UNKNOWN_ORG_UNIT", "YEAR_OUT_OF_RANGE",
                        "NOT_A_NUMBER", "VALUE_OUT_OF_RANGE", "VALUE_OUT_OF_RANGE", "NOT_MEASURED_BY_FIGURES",
                        "DUPLICATE_ROW", "UNKNOWN_QUALITY", "MISSING_FIELD"));
        assertEquals(0, count("BUD-REVENUE", "062"));
    }

    @Test
    void keepValidSavesTheGoodRowsAndReportsTheRest() {
        As.admin().contentType("application/json")
                .body("[{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"063\",\"year\":2021,\"value\":30},"
                        + "{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"063\",\"year\":2030,\"value\":31}]")
                .post("/api/v1/observations/import?keepValid=true").then().statusCode(200)
                .body("committed", equalTo(true)).body("counts.created", equalTo(1)).body("counts.rejected", equalTo(1))
                .body("conflicts[0].code", equalTo("YEAR_OUT_OF_RANGE"));
        assertEquals(1, count("BUD-REVENUE", "063"));
    }

    @Test
    void aReporterCannotWriteForAnotherDistrict() {
        As.reporter("064").contentType("application/json")
                .body("[{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"065\",\"year\":2021,\"value\":10}]")
                .post("/api/v1/observations/import").then().statusCode(403).contentType("application/problem+json");
        assertEquals(0, count("BUD-REVENUE", "065"));
        given().contentType("application/json").body("[]").post("/api/v1/observations/import").then().statusCode(401);
        As.secretariat().contentType("application/json").body("[]").post("/api/v1/observations/import")
                .then().statusCode(403);
    }

    @Test
    void aReplayWithTheSameKeyGetsTheFirstAnswer() {
        String body = "[{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"066\",\"year\":2021,\"value\":12}]";
        String first = As.admin().contentType("application/json").header("Idempotency-Key", "k-66-1").body(body)
                .post("/api/v1/observations/import").then().statusCode(200).body("counts.created", equalTo(1))
                .extract().asString();
        // Replayed: the stored answer (created 1), not a new run (which would say unchanged 1).
        String again = As.admin().contentType("application/json").header("Idempotency-Key", "k-66-1").body(body)
                .post("/api/v1/observations/import").then().statusCode(200).header("Idempotent-Replayed", "true")
                .extract().asString();
        assertEquals(first, again);
        As.admin().contentType("application/json").header("Idempotency-Key", "k-66-1")
                .body(body.replace("12", "13")).post("/api/v1/observations/import")
                .then().statusCode(422).contentType("application/problem+json");
        assertEquals(1, count("BUD-REVENUE", "066"));
    }

    @Test
    void csvWithBomAndWindowsLineEndsImports() {
        String csv = "\uFEFFindicator,org_unit,year,value,quality,source,comment\r\n"
                + "NRD-COMMUNES,058,2021,3,FINAL,\"Văn phòng điều phối, NTM\",\r\n"
                + "NRD-COMMUNES,058,2022,4,,,\"ghi chú \"\"nháp\"\"\"\r\n";
        As.reporter("058").contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/observations/import").then().statusCode(200).body("counts.created", equalTo(2));
        given().queryParam("indicator", "NRD-COMMUNES").queryParam("orgUnit", "058").get("/api/v1/observations")
                .then().body("items.source", contains("Văn phòng điều phối, NTM", null))
                .body("items[1].comment", equalTo("ghi chú \"nháp\""));
    }

    @Test
    void theCsvExportReimportsCleanly() {
        As.admin().contentType("application/json")
                .body("[{\"indicator\":\"NRD-VILLAGES\",\"orgUnit\":\"060\",\"year\":2021,\"value\":7,\"comment\":\"a, b\"},"
                        + "{\"indicator\":\"NRD-VILLAGES\",\"orgUnit\":\"060\",\"year\":2022,\"value\":9}]")
                .post("/api/v1/observations/import").then().statusCode(200);
        String export = given().accept("text/csv").queryParam("indicator", "NRD-VILLAGES").get("/api/v1/observations")
                .then().statusCode(200).extract().asString();
        As.admin().contentType("text/csv").body(export).post("/api/v1/observations/import")
                .then().statusCode(200).body("counts.unchanged", equalTo(2)).body("counts.rejected", equalTo(0));
    }

    @Test
    void aChangedFigureKeepsItsOldValueAndNeedsApprovalAgain() {
        As.admin().contentType("application/json")
                .body("[{\"indicator\":\"UTL-ELECTRICITY-HOUSEHOLDS\",\"orgUnit\":\"06\",\"year\":2021,\"value\":95.1}]")
                .post("/api/v1/observations/import").then().statusCode(200);
        int id = given().queryParam("indicator", "UTL-ELECTRICITY-HOUSEHOLDS").queryParam("orgUnit", "06")
                .get("/api/v1/observations").then().extract().path("items[0].id");
        String etag = given().get("/api/v1/observations/" + id).then().statusCode(200).extract().header("ETag");

        As.admin().post("/api/v1/observations/" + id + "/approval").then().statusCode(428);
        As.reporter("06").header("If-Match", etag).post("/api/v1/observations/" + id + "/approval").then().statusCode(403);
        String approved = As.admin().header("If-Match", etag).post("/api/v1/observations/" + id + "/approval")
                .then().statusCode(200).body("state", equalTo("APPROVED")).body("approvedBy", equalTo("local-admin"))
                .extract().header("ETag");
        As.admin().header("If-Match", etag).post("/api/v1/observations/" + id + "/approval").then().statusCode(412);

        As.admin().contentType("application/json")
                .body("[{\"indicator\":\"UTL-ELECTRICITY-HOUSEHOLDS\",\"orgUnit\":\"06\",\"year\":2021,\"value\":95.4,\"quality\":\"REVISED\"}]")
                .post("/api/v1/observations/import").then().statusCode(200).body("counts.updated", equalTo(1));
        given().get("/api/v1/observations/" + id + "/history").then().statusCode(200)
                .body("current.value", equalTo(95.4f)).body("current.state", equalTo("SUBMITTED"))
                .body("earlier.value", contains(95.1f)).body("earlier.state", contains("APPROVED"));
        assertEquals(false, approved.equals(etag));
    }

    @Test
    void bodiesThatAreNotJsonOrCsvAreProblems() {
        As.admin().contentType("application/json").body("{\"not\":\"an array\"}")
                .post("/api/v1/observations/import").then().statusCode(400).contentType("application/problem+json");
        As.admin().contentType("text/csv").body("year,value\r\n2021,1\r\n")
                .post("/api/v1/observations/import").then().statusCode(400).contentType("application/problem+json");
        As.admin().contentType("text/csv").body("indicator,org_unit,year,value\r\n\"open,1")
                .post("/api/v1/observations/import").then().statusCode(400).contentType("application/problem+json");
    }
}
