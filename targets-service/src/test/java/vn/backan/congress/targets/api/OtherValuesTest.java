package vn.backan.congress.targets.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;

/**
 * Pages that published different values for one figure, sent in one import: the source rule keeps
 * one as the figure and the others beside it, in its JSON, its history, the other-values list (JSON
 * and CSV) and the progress answer's count. The pages are made up (example.org).
 */
@QuarkusTest
class OtherValuesTest {

    private static final String HEADER = "indicator,org_unit,year,value,qualifier,quality,source_url,source_title,"
            + "publisher,published_on,quote,note\n";

    @Test
    void theRuleChoosesAndTheOthersStayOneFieldAway() {
        // 96 (undated) loses at the first step; 97,5 (2023-12) loses to 98 (2024-01) at the second.
        As.admin().contentType("text/csv").body(HEADER
                + "HLT-HEALTH-INSURANCE,065,2023,96,EXACT,PRELIMINARY,https://example.org/a,A,Báo A,,"
                + "\"Tỷ lệ tham gia bảo hiểm y tế đạt 96%.\",\n"
                + "HLT-HEALTH-INSURANCE,065,2023,97.5,EXACT,PRELIMINARY,https://example.org/b,B,Báo B,2023-12,"
                + "\"Tỷ lệ tham gia bảo hiểm y tế đạt 97,5%.\",\n"
                + "HLT-HEALTH-INSURANCE,065,2023,98,above,FINAL,https://example.org/c,C,Cổng Thông tin điện tử huyện,"
                + "2024-01,\"Tỷ lệ tham gia bảo hiểm y tế đạt trên 98%.\",\n")
                .post("/api/v1/observations/import").then().statusCode(200)
                .body("conflicts", hasSize(0)).body("counts.created", equalTo(1));
        int id = given().queryParam("indicator", "HLT-HEALTH-INSURANCE").queryParam("orgUnit", "065")
                .get("/api/v1/observations").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].value", equalTo(98))
                .body("items[0].qualifier", equalTo("ABOVE"))
                .body("items[0].citation.url", equalTo("https://example.org/c"))
                .body("items[0].otherValues", hasSize(2))
                .body("items[0].otherValues[0].value", equalTo(96))
                .body("items[0].otherValues[0].notChosenBecause", equalTo("DATED_OVER_UNDATED"))
                .body("items[0].otherValues[0].reason.en", equalTo("this page shows no date; the chosen value's page does"))
                .body("items[0].otherValues[1].value", equalTo(97.5f))
                .body("items[0].otherValues[1].notChosenBecause", equalTo("LATER_OVER_EARLIER"))
                .body("items[0].otherValues[1].citation.publishedOn", equalTo("2023-12"))
                .extract().path("items[0].id");

        given().queryParam("orgUnit", "065").get("/api/v1/observations/other-values").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].figureId", equalTo(id))
                .body("items[0].figureValue", equalTo(98))
                .body("items[1].otherValue.value", equalTo(97.5f));
        String csv = given().queryParam("orgUnit", "065").queryParam("format", "csv").queryParam("bom", false)
                .get("/api/v1/observations/other-values").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("figure_id,indicator,org_unit,year,figure_value,value,qualifier,quality,comment,source_url,"
                + "source_title,publisher,published_on,quote,not_chosen_because", lines.get(0));
        assertEquals(3, lines.size(), csv);
        assertTrue(lines.get(2).startsWith(id + ",HLT-HEALTH-INSURANCE,065,2023,98,97.5,EXACT,PRELIMINARY,,"
                + "https://example.org/b,B,Báo B,2023-12,"), lines.get(2));
        assertTrue(lines.get(2).endsWith(",LATER_OVER_EARLIER"), lines.get(2));

        // Sent again alone, the figure keeps its value and loses its other values; history keeps them.
        As.admin().contentType("text/csv").body(HEADER
                + "HLT-HEALTH-INSURANCE,065,2023,98,ABOVE,FINAL,https://example.org/c,C,Cổng Thông tin điện tử huyện,"
                + "2024-01,\"Tỷ lệ tham gia bảo hiểm y tế đạt trên 98%.\",\n")
                .post("/api/v1/observations/import").then().statusCode(200).body("counts.updated", equalTo(1));
        given().get("/api/v1/observations/" + id + "/history").then().statusCode(200)
                .body("current.otherValues", hasSize(0))
                .body("earlier", hasSize(1))
                .body("earlier[0].otherValues", hasSize(2))
                .body("earlier[0].qualifier", equalTo("ABOVE"));
    }

    @Test
    void valuesTheRuleCannotTellApartAreRefusedAndNothingIsSaved() {
        As.admin().contentType("text/csv").body(HEADER
                + "HLT-HEALTH-INSURANCE,065,2022,90,EXACT,FINAL,https://example.org/d,D,Báo D,2023-01,"
                + "\"Tỷ lệ đạt 90%.\",\n"
                + "HLT-HEALTH-INSURANCE,065,2022,91,EXACT,FINAL,https://example.org/e,E,Báo E,2023-01,"
                + "\"Tỷ lệ đạt 91%.\",\n")
                .post("/api/v1/observations/import").then().statusCode(422)
                .body("report.conflicts", hasSize(2))
                .body("report.conflicts[0].code", equalTo("UNDECIDED_VALUES"))
                .body("report.conflicts[1].row", equalTo(3));
        given().queryParam("indicator", "HLT-HEALTH-INSURANCE").queryParam("orgUnit", "065").queryParam("year", 2022)
                .get("/api/v1/observations").then().statusCode(200).body("items", hasSize(0));
    }
}
