package vn.backan.congress.programs.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgramResourceTest {

    /** The bullets of section 4.1 of the seed, in order. */
    private static List<String> seedBullets() throws Exception {
        String seed = Files.readString(Path.of("..", "seed", "000_4b5e49ba4d4fc81f.txt"));
        String section = seed.substring(seed.indexOf("4.1. Chương trình trọng tâm"), seed.indexOf("4.2. Nhiệm vụ, giải pháp"));
        return section.lines().filter(l -> l.startsWith("- ")).map(l -> l.substring(2)).toList();
    }

    @Test
    void theFourProgramsAreServedVerbatimInTheSeedsOrder() throws Exception {
        List<String> bullets = seedBullets();
        assertEquals(4, bullets.size());
        List<String> served = given().get("/api/v1/programs").then().statusCode(200)
                .body("totalItems", equalTo(4)).body("items.position", contains(1, 2, 3, 4))
                .extract().path("items.text.vi");
        assertEquals(bullets, served);
        List<String> titles = given().get("/api/v1/programs").then().extract().path("items.title.vi");
        for (int i = 0; i < 4; i++) {
            assertTrue(bullets.get(i).startsWith(titles.get(i)), "title is the bullet's opening words: " + titles.get(i));
        }
    }

    @Test
    void filtersAndOneProgram() {
        given().queryParam("q", "cai cach hanh chinh").get("/api/v1/programs").then().statusCode(200)
                .body("items.code", contains("KP-2-ADMIN-REFORM"));
        given().queryParam("indicator", "NRD-COMMUNES").get("/api/v1/programs").then()
                .body("items.code", contains("KP-3-AGRI-FORESTRY"));
        given().get("/api/v1/programs/KP-4-INVESTMENT-TOURISM-INDUSTRY").then().statusCode(200)
                .body("text.vi", org.hamcrest.Matchers.containsString("du lịch hồ Ba Bể"))
                .body("text.en", org.hamcrest.Matchers.containsString("Ba Bể lake"));
        given().get("/api/v1/programs/KP-9").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void programsAsCsv() {
        String csv = given().queryParam("format", "csv").queryParam("bom", "false").get("/api/v1/programs").then().statusCode(200).extract().asString();
        assertTrue(csv.startsWith("code,position,title_vi,title_en,text_vi,text_en,domains,indicator_codes\r\n"));
        assertEquals(5, csv.split("\r\n").length);
    }
}
