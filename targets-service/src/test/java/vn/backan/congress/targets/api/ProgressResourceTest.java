package vn.backan.congress.targets.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;

/** Progress over HTTP: stored figures in, the evaluator's verdict and its inputs out. */
@QuarkusTest
class ProgressResourceTest {

    @Test
    void budgetRevenueOfTheProvinceFollowsTheWorkedExample() {
        // The methodology's example on the real indicator (at least 1,100 billion VND by 2025):
        // 600 in 2020, 700 in 2022 → CAGR_o = sqrt(700/600) − 1 = 8.01 %, CAGR_r = (1100/600)^(1/5) − 1
        // = 12.89 %, R = 0.0801 / 0.1289 = 0.6217 → AT_RISK.
        As.admin()
                .body("[{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"06\",\"year\":2020,\"value\":600},"
                        + "{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"06\",\"year\":2022,\"value\":700}]")
                .post("/api/v1/observations/import").then().statusCode(200);

        double ratio = given().queryParam("asOf", 2022).queryParam("includeSubmitted", true)
                .get("/api/v1/progress/BUD-REVENUE").then().statusCode(200)
                .body("evaluation.status", equalTo("AT_RISK"))
                .body("evaluation.method", equalTo("CAGR"))
                .body("evaluation.baseline.year", equalTo(2020))
                .body("evaluation.latest.value", equalTo(700))
                .body("evaluation.thresholds.onTrack", equalTo(0.95f))
                .body("evaluation.asOf", equalTo(2022))
                .extract().jsonPath().getDouble("evaluation.ratio");
        org.junit.jupiter.api.Assertions.assertEquals(0.6217, ratio, 0.001);

        // Submitted figures do not count unless asked for: with none approved there is no data.
        given().queryParam("asOf", 2022).get("/api/v1/progress/BUD-REVENUE").then().statusCode(200)
                .body("evaluation.status", equalTo("NO_DATA"));
    }

    @Test
    void asCsvProgressIsOneRowPerOrgUnitAndIndicatorWithItsNumbers() {
        // BUD-REVENUE in Pác Nặm (060; another test writes 2024 there, after asOf): 500 in 2020, 600 in 2022
        // → CAGR_o = sqrt(600/500) − 1 = 9.54 %, CAGR_r = (1100/500)^(1/5) − 1 = 17.08 %,
        // R = 0.0954 / 0.1708 = 0.5588 → OFF_TRACK (below 0.6).
        As.admin().body("[{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"060\",\"year\":2020,\"value\":500},"
                + "{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"060\",\"year\":2022,\"value\":600}]")
                .post("/api/v1/observations/import").then().statusCode(200);
        List<String> one = csv(given().queryParam("orgUnit", "060").queryParam("asOf", 2022)
                .queryParam("includeSubmitted", true));
        assertEquals("org_unit,as_of,indicator_code,domain,status,method,ratio,baseline_year,baseline_value,"
                + "latest_year,latest_value,latest_qualifier,required_rate,observed_rate,figures_used,reason_vi,reason_en",
                one.get(0));
        int indicators = given().queryParam("pageSize", 1).get("/api/v1/indicators").then().extract().path("totalItems");
        assertEquals(1 + indicators, one.size(), "a header and one row per indicator");
        String row = one.stream().filter(l -> l.startsWith("060,2022,BUD-REVENUE,")).findFirst().orElseThrow();
        String[] cells = row.split(",");
        assertEquals("OFF_TRACK", cells[4], row);
        assertEquals("CAGR", cells[5], row);
        assertEquals((Math.sqrt(600.0 / 500) - 1) / (Math.pow(1100.0 / 500, 0.2) - 1), Double.parseDouble(cells[6]),
                1e-9);
        assertEquals(0.5588, Double.parseDouble(cells[6]), 0.0001);
        assertEquals(List.of("2020", "500", "2022", "600"), List.of(cells[7], cells[8], cells[9], cells[10]));
        assertEquals("EXACT", cells[11], row);
        assertEquals("2", cells[14], "two figures used");
        // Without orgUnit, every unit: 9 of them (the province and eight districts).
        assertEquals(1 + 9 * indicators, csv(given().queryParam("asOf", 2022)).size());
        given().queryParam("format", "csv").queryParam("orgUnit", "999").get("/api/v1/progress").then().statusCode(400);
    }

    private static List<String> csv(io.restassured.specification.RequestSpecification request) {
        return request.queryParam("format", "csv").queryParam("bom", "false").get("/api/v1/progress").then()
                .statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString()
                .lines().toList();
    }

    @Test
    void aMilestoneIsReportedAsAFlagAndItsStatusFollowsIt() {
        // Not done in 2022, done in 2024 (deadline 2025).
        As.admin()
                .body("[{\"indicator\":\"INF-NH3-NEW\",\"orgUnit\":\"06\",\"year\":2022,\"value\":0},"
                        + "{\"indicator\":\"INF-NH3-NEW\",\"orgUnit\":\"06\",\"year\":2024,\"value\":1}]")
                .post("/api/v1/observations/import").then().statusCode(200).body("counts.created", equalTo(2));

        // As of 2023 the latest flag is 2022's "not yet", before the deadline: AT_RISK, not yet NOT_ACHIEVED.
        given().queryParam("asOf", 2023).queryParam("includeSubmitted", true)
                .get("/api/v1/progress/INF-NH3-NEW").then().statusCode(200)
                .body("evaluation.method", equalTo("MILESTONE"))
                .body("evaluation.status", equalTo("AT_RISK"))
                .body("evaluation.latest.year", equalTo(2022))
                .body("evaluation.reason.vi", equalTo("chưa xong tính đến năm 2022; hạn là năm 2025"))
                .body("evaluation.reason.en", equalTo("not done as of 2022; deadline 2025"));
        given().queryParam("asOf", 2024).queryParam("includeSubmitted", true)
                .get("/api/v1/progress/INF-NH3-NEW").then().statusCode(200)
                .body("evaluation.status", equalTo("ACHIEVED"))
                .body("evaluation.latest.value", equalTo(1));

        // A flag is 0 or 1; a qualitative commitment takes no figure at all.
        As.admin()
                .body("[{\"indicator\":\"CUL-BA-BE-NA-HANG-UNESCO\",\"orgUnit\":\"06\",\"year\":2023,\"value\":2},"
                        + "{\"indicator\":\"EDU-UNIVERSAL-EDUCATION\",\"orgUnit\":\"06\",\"year\":2023,\"value\":1}]")
                .post("/api/v1/observations/import").then().statusCode(422)
                .body("report.conflicts.code", org.hamcrest.Matchers.contains("VALUE_OUT_OF_RANGE", "NOT_MEASURED_BY_FIGURES"))
                .body("report.conflicts[0].message", org.hamcrest.Matchers.containsString("1 (done) or 0 (not yet)"));
    }

    @Test
    void theReasonForAStatusComesInVietnameseAndEnglish() {
        // A qualitative commitment has no numeric status whatever is reported, so its reason is fixed.
        given().queryParam("asOf", 2023).get("/api/v1/progress/EDU-UNIVERSAL-EDUCATION").then().statusCode(200)
                .body("evaluation.status", equalTo("NO_DATA"))
                .body("evaluation.reason.vi", equalTo("cam kết định tính: theo dõi bằng mô tả, không có trạng thái số"))
                .body("evaluation.reason.en", equalTo("qualitative commitment: followed by narrative, no numeric status"));
        // Nothing approved for Chợ Mới (065): no data, said in both languages with the same years.
        given().queryParam("orgUnit", "065").queryParam("asOf", 2023).get("/api/v1/progress/BUD-REVENUE").then()
                .statusCode(200)
                .body("evaluation.status", equalTo("NO_DATA"))
                .body("evaluation.reason.en", equalTo("no figure reported between 2020 and 2023"))
                .body("evaluation.reason.vi", equalTo("chưa có số liệu nào được báo cáo từ năm 2020 đến năm 2023"));
    }

    @Test
    void theScoreboardCountsEveryIndicator() {
        int indicators = given().queryParam("pageSize", 1).get("/api/v1/indicators").then().extract().path("totalItems");
        Map<String, Integer> counts = given().queryParam("orgUnit", "065").queryParam("asOf", 2023)
                .get("/api/v1/progress").then().statusCode(200)
                .body("orgUnit", equalTo("065")).body("asOf", equalTo(2023))
                .body("byDomain", hasKey("PARTY_BUILDING"))
                .extract().path("counts");
        // Nothing is reported for Chợ Mới here, so every indicator has no data.
        org.junit.jupiter.api.Assertions.assertEquals(indicators, counts.get("NO_DATA"));
        org.junit.jupiter.api.Assertions.assertEquals(indicators, counts.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void indicatorsFilterByStatus() {
        // Nothing approved for Na Rì (066 has only submitted figures in other tests), so every
        // numeric indicator there has no data, and none is ACHIEVED.
        given().queryParam("status", "NO_DATA").queryParam("orgUnit", "066").queryParam("asOf", 2023)
                .queryParam("pageSize", 200).get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", org.hamcrest.Matchers.hasItem("BUD-REVENUE"));
        given().queryParam("status", "ACHIEVED").queryParam("orgUnit", "066").get("/api/v1/indicators")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("status", "GREAT").get("/api/v1/indicators").then().statusCode(400);
    }

    @Test
    void badParametersAreProblems() {
        given().queryParam("asOf", 2030).get("/api/v1/progress").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("orgUnit", "999").get("/api/v1/progress").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/progress/NO-SUCH").then().statusCode(404).contentType("application/problem+json");
    }
}
