package vn.backan.congress.targets.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogueResourceTest {

    @Test
    void resolutionIsServedVerbatimWithEnglishBeside() {
        given().get("/api/v1/resolution").then().statusCode(200)
                .body("theme.vi", startsWith("Nâng cao năng lực lãnh đạo, sức chiến đấu của toàn Đảng bộ;"))
                .body("theme.en", startsWith("Raise the leadership capacity"))
                .body("generalObjective.vi", startsWith("Khai thác tốt các tiềm năng, thế mạnh"))
                .body("lessons.number", contains(1, 2, 3, 4))
                .body("lessons[0].text.vi", startsWith("Nêu cao tinh thần tự lực, tự cường"))
                .body("term.start", equalTo(2020)).body("term.end", equalTo(2025))
                .body("source.date", equalTo("2020-10-28"))
                .body("source.place.vi", equalTo("Bắc Kạn"));
    }

    @Test
    void orgUnitsAreTheProvinceAndItsEightDistricts() {
        given().get("/api/v1/org-units").then().statusCode(200)
                .body("totalItems", equalTo(9))
                .body("items.code", contains("06", "058", "060", "061", "062", "063", "064", "065", "066"))
                .body("items[0].level", equalTo("PROVINCE"))
                .body("items.findAll { it.level == 'DISTRICT' }.parentCode", everyItem(equalTo("06")));
        given().get("/api/v1/org-units/064").then().statusCode(200)
                .body("name.vi", equalTo("Huyện Chợ Đồn")).body("validTo", equalTo("2025-06-30"));
        given().get("/api/v1/org-units/999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void orgUnitsAsCsv() {
        String csv = given().queryParam("format", "csv").queryParam("bom", "false").get("/api/v1/org-units").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals("code,level,parent_code,name_vi,name_en,valid_to", lines.get(0));
        assertEquals(10, lines.size());
        assertEquals("064,DISTRICT,06,Huyện Chợ Đồn,Chợ Đồn district,2025-06-30", lines.get(7));
    }

    @Test
    void indicatorsFilterByDomainAndFoldedText() {
        given().queryParam("domain", "PARTY_BUILDING").queryParam("pageSize", 200).get("/api/v1/indicators")
                .then().statusCode(200).body("items.domain", everyItem(equalTo("PARTY_BUILDING")))
                .body("items.code", hasItem("PTY-NEW-MEMBERS"));
        // "rung" (no accents) must find the forest indicators, written "rừng".
        given().queryParam("q", "rung").queryParam("pageSize", 200).get("/api/v1/indicators")
                .then().statusCode(200).body("items.code", hasItem("AGR-FOREST-COVER"));
        given().queryParam("q", "dang vien").queryParam("pageSize", 200).get("/api/v1/indicators")
                .then().statusCode(200).body("items.code", hasItem("PTY-NEW-MEMBERS"));
    }

    @Test
    void anIndicatorShowsItsTargetAsNumbers() {
        // "GRDP bình quân đầu người đến năm 2025 đạt trên 62 triệu đồng": strictly above 62.
        given().get("/api/v1/indicators/ECO-GRDP-PER-CAPITA").then().statusCode(200)
                .body("target.kind", equalTo("AT_LEAST"))
                .body("target.lower", equalTo(62))
                .body("target.lowerInclusive", equalTo(false))
                .body("target.periodTo", equalTo(2025))
                .body("source.sentence", equalTo("GRDP bình quân đầu người đến năm 2025 đạt trên 62 triệu đồng."))
                // No approved figure for the province in these tests: the detail says so.
                .body("progress.orgUnit", equalTo("06"))
                .body("progress.status", equalTo("NO_DATA"))
                .body("progress.details", equalTo("/api/v1/progress/ECO-GRDP-PER-CAPITA"));
        given().get("/api/v1/indicators/NO-SUCH").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badFiltersAreProblems() {
        given().queryParam("domain", "SPACE").get("/api/v1/indicators").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("'SPACE' is not accepted; use one of [ECONOMY,"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("vn.backan")));
        given().queryParam("format", "xml").get("/api/v1/indicators").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void indicatorDetailRevalidatesWith304() {
        String etag = given().get("/api/v1/indicators/EDU-HS-GRADUATION").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/indicators/EDU-HS-GRADUATION").then().statusCode(304);
    }

    @Test
    void indicatorListRevalidatesWith304() {
        String etag = given().get("/api/v1/indicators").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/indicators").then().statusCode(304);
    }

    @Test
    void indicatorsAsCsvHaveOneRowEach() {
        int total = given().queryParam("pageSize", 1).get("/api/v1/indicators").then().extract().path("totalItems");
        String csv = given().accept("text/csv").queryParam("bom", "false").get("/api/v1/indicators").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"indicators.csv\"").extract().asString();
        assertTrue(csv.startsWith("code,parent_code,position,domain,name_vi"), csv.substring(0, 80));
        // Quoted fields may hold commas but never line breaks here, so rows are lines.
        assertEquals(total + 1, csv.split("\r\n").length);
    }
}
