package vn.backan.congress.targets.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;

/** Input that used to be bent into something else is refused, naming what is wrong, and nothing is written. */
@QuarkusTest
class RefusedInputTest {

    private static final String FIGURE = "[{\"indicator\":\"ECO-GRDP-PER-CAPITA\",\"orgUnit\":\"066\",\"year\":2021,\"value\":40}]";

    @Test
    void aDryRunSpelledAnyOtherWayIsRefusedAndWritesNothing() {
        for (String bent : new String[] {"1", "yes", "on", ""}) {
            As.admin().body(FIGURE).post("/api/v1/observations/import?dryRun=" + bent).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("dryRun"));
        }
        given().queryParam("indicator", "ECO-GRDP-PER-CAPITA").queryParam("orgUnit", "066")
                .get("/api/v1/observations").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aPageBeyondAnyOffsetIsA400NotA500() {
        given().queryParam("page", 10737420).queryParam("pageSize", 200).get("/api/v1/observations").then()
                .statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("year", "２０２１").get("/api/v1/observations").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void yearsOutsideTheRangeTheContractStatesAre400s() {
        // The contract says the term's years, 2020 to 2025, for asOf and year; the server holds to it.
        given().queryParam("asOf", 2019).get("/api/v1/progress").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        given().queryParam("year", 2026).get("/api/v1/observations").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().queryParam("asOf", 2025).get("/api/v1/progress").then().statusCode(200);
    }

    @Test
    void aCodeFindsOnlyItsOwnSpellingAndTheAnswerCarriesTheStoredCode() {
        given().get("/api/v1/indicators/LAB-JOBS").then().statusCode(200).body("code", equalTo("LAB-JOBS"));
        given().get("/api/v1/org-units/06").then().statusCode(200).body("code", equalTo("06"));
        for (String bent : new String[] {"lab-jobs", "LAB-JOBS%20", "Lab-Jobs", "LAB-JOBS%00"}) {
            given().urlEncodingEnabled(false).get("/api/v1/indicators/" + bent).then().statusCode(404)
                    .contentType("application/problem+json");
            given().urlEncodingEnabled(false).get("/api/v1/progress/" + bent).then().statusCode(404);
        }
        for (String bent : new String[] {"06%00", "%EF%BC%90%EF%BC%96", "06%20"}) {
            given().urlEncodingEnabled(false).get("/api/v1/org-units/" + bent).then().statusCode(404);
        }
        given().queryParam("orgUnit", "０６").get("/api/v1/progress").then().statusCode(400);
        given().queryParam("indicator", "lab-jobs").get("/api/v1/observations").then().statusCode(400)
                .body("errors[0].field", equalTo("indicator"));
    }

    @Test
    void digitsOfOtherScriptsAndNumbersBeyondAnyFigureAreConflicts() {
        String body = "[{\"indicator\":\"ECO-GRDP-PER-CAPITA\",\"orgUnit\":\"063\",\"year\":2021,\"value\":\"٥\"},"
                + "{\"indicator\":\"ECO-GRDP-PER-CAPITA\",\"orgUnit\":\"063\",\"year\":2022,\"value\":\"５\"},"
                + "{\"indicator\":\"ECO-GRDP-PER-CAPITA\",\"orgUnit\":\"063\",\"year\":\"２０２１\",\"value\":5},"
                + "{\"indicator\":\"ECO-GRDP-PER-CAPITA\",\"orgUnit\":\"063\",\"year\":2023,\"value\":1e-400}]";
        As.admin().body(body).post("/api/v1/observations/import").then().statusCode(422)
                .body("report.conflicts.code", org.hamcrest.Matchers.contains("NOT_A_NUMBER", "NOT_A_NUMBER",
                        "YEAR_OUT_OF_RANGE", "NOT_A_NUMBER"))
                .body("report.counts.created", equalTo(0));
    }

    @Test
    void aBodyInAnotherCharsetIsA415AndABoundTooFineIsA400() {
        As.admin().contentType("text/csv; charset=UTF-16").body("indicator,org_unit,year,value\r\n")
                .post("/api/v1/observations/import").then().statusCode(415).contentType("application/problem+json");
        As.admin().header("If-Match", "\"any\"").body("{\"lower\":1e-400,\"reason\":\"test\"}")
                .patch("/api/v1/indicators/ECO-GRDP-PER-CAPITA").then().statusCode(400)
                .body("errors[0].field", equalTo("lower"));
    }

    @Test
    void anAcceptTheApiCannotProduceIsA406() {
        for (String path : new String[] {"/api/v1/indicators", "/api/v1/indicators/LAB-JOBS", "/api/v1/resolution",
                "/api/v1/progress", "/api/v1/observations", "/api/v1/org-units"}) {
            given().accept("application/xml").get(path).then().statusCode(406).contentType("application/problem+json");
        }
    }
}
