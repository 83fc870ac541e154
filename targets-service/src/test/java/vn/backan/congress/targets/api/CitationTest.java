package vn.backan.congress.targets.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;

/**
 * A figure's published source travels with it: in, through the published record's own CSV header
 * (with note for comment); out, in its JSON, its CSV row, its history and the progress built on it.
 * The pages here are made up (example.org); the real record is data/published/.
 */
@QuarkusTest
class CitationTest {

    private static final String HEADER = "indicator,org_unit,year,value,quality,source_url,source_title,publisher,"
            + "published_on,quote,note\n";
    private static final String QUOTE_2021 = "Năm 2021, tỷ lệ che phủ rừng của huyện ước đạt 73,1%.";

    @Test
    void aCitedFigureCarriesItsSourceEverywhere() {
        As.admin().contentType("text/csv").body(HEADER
                + "AGR-FOREST-COVER,062,2020,72.9,FINAL,https://example.org/2020.html,\"Kết quả năm 2020, huyện\",Báo A,"
                + "2021-01,\"Tỷ lệ che phủ rừng năm 2020 đạt 72,9%.\",\n"
                + "AGR-FOREST-COVER,062,2021,73.1,ESTIMATE,https://example.org/2021.html,Ước năm 2021,Báo A,2021-12-20,\""
                + QUOTE_2021 + "\",giá trị ước tính\n")
                .post("/api/v1/observations/import").then().statusCode(200).body("counts.created", equalTo(2));
        List<Integer> ids = given().queryParam("indicator", "AGR-FOREST-COVER").queryParam("orgUnit", "062")
                .get("/api/v1/observations").then().statusCode(200)
                .body("items[1].citation.url", equalTo("https://example.org/2021.html"))
                .body("items[1].citation.title", equalTo("Ước năm 2021"))
                .body("items[1].citation.publisher", equalTo("Báo A"))
                .body("items[1].citation.publishedOn", equalTo("2021-12-20"))
                .body("items[1].citation.quote", equalTo(QUOTE_2021))
                .body("items[1].comment", equalTo("giá trị ước tính"))
                .body("items[0].citation.publishedOn", equalTo("2021-01"))
                .extract().path("items.id");
        ids.forEach(CitationTest::approve);

        String progress = "/api/v1/progress/AGR-FOREST-COVER";
        given().queryParam("orgUnit", "062").queryParam("asOf", 2021).get(progress).then().statusCode(200)
                .body("figures", hasSize(2))
                .body("figures[0].year", equalTo(2020))
                .body("figures[0].id", equalTo(ids.get(0)))
                .body("figures[1].value", equalTo(73.1f))
                .body("figures[1].quality", equalTo("ESTIMATE"))
                .body("figures[1].citation.url", equalTo("https://example.org/2021.html"))
                .body("figures[1].citation.quote", equalTo(QUOTE_2021));
        given().queryParam("orgUnit", "062").queryParam("asOf", 2020).get(progress).then().statusCode(200)
                .body("figures", hasSize(1)).body("figures[0].year", equalTo(2020));

        // A later, final source replaces the estimate; the estimate's page stays in the history.
        As.admin().body("[{\"indicator\":\"AGR-FOREST-COVER\",\"orgUnit\":\"062\",\"year\":2021,\"value\":73.2,"
                + "\"citation\":{\"url\":\"https://example.org/2022.html\",\"publishedOn\":\"2022\","
                + "\"quote\":\"Năm 2021 tỷ lệ che phủ rừng đạt 73,2%.\"}}]")
                .post("/api/v1/observations/import").then().statusCode(200).body("counts.updated", equalTo(1));
        given().get("/api/v1/observations/" + ids.get(1) + "/history").then().statusCode(200)
                .body("current.citation.url", equalTo("https://example.org/2022.html"))
                .body("current.citation.title", nullValue())
                .body("earlier", hasSize(1))
                .body("earlier[0].citation.url", equalTo("https://example.org/2021.html"))
                .body("earlier[0].citation.quote", equalTo(QUOTE_2021));

        String csv = given().queryParam("indicator", "AGR-FOREST-COVER").queryParam("orgUnit", "062")
                .queryParam("format", "csv").get("/api/v1/observations").then().statusCode(200)
                .body(containsString("indicator,org_unit,year,value,qualifier,quality,source,comment,source_url,source_title,"
                        + "publisher,published_on,quote,state"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(",https://example.org/2020.html,\"Kết quả năm 2020, huyện\","
                + "Báo A,2021-01,\"Tỷ lệ che phủ rừng năm 2020 đạt 72,9%.\","), csv);
    }

    @Test
    void aSourceThatCannotBeCheckedIsRefusedAndNothingIsSaved() {
        As.admin().body("[{\"indicator\":\"AGR-FOREST-COVER\",\"orgUnit\":\"062\",\"year\":2024,\"value\":73,"
                + "\"citation\":{\"quote\":\"không có địa chỉ\"}},"
                + "{\"indicator\":\"AGR-FOREST-COVER\",\"orgUnit\":\"062\",\"year\":2025,\"value\":73,"
                + "\"citation\":{\"url\":\"https://example.org/x\",\"publishedOn\":\"11/2023\"}}]")
                .post("/api/v1/observations/import").then().statusCode(422)
                .body("report.conflicts.code", equalTo(List.of("INVALID_SOURCE", "INVALID_SOURCE")))
                .body("report.committed", equalTo(false));
        As.admin().body("[{\"indicator\":\"AGR-FOREST-COVER\",\"orgUnit\":\"062\",\"year\":2024,\"value\":73,"
                + "\"citation\":\"https://example.org/x\"}]")
                .post("/api/v1/observations/import").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("citation must be an object"));
        given().queryParam("indicator", "AGR-FOREST-COVER").queryParam("orgUnit", "062").queryParam("year", 2024)
                .get("/api/v1/observations").then().statusCode(200).body("items", hasSize(0));
    }

    private static void approve(int id) {
        String etag = given().get("/api/v1/observations/" + id).then().statusCode(200).extract().header("ETag");
        As.admin().header("If-Match", etag).post("/api/v1/observations/" + id + "/approval").then().statusCode(200);
    }
}
