package vn.backan.congress.programs.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;
import vn.backan.congress.devkit.testing.FeedWalk;

/**
 * programs-service's changes feed: it starts with what the service held, then lists each write and
 * every entity whose view the write changed; lists take updatedSince. (Solutions 13 and 14: no other
 * test uses them.)
 */
@QuarkusTest
class FeedTest {

    private static final String FEED = "/api/v1/feeds/programs";

    @Test
    void theFeedStartsWithThePlanAndListsWhatEachWriteChanged() {
        JsonPath start = given().queryParam("limit", 6).get(FEED).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("program", "program", "program", "program", "declared-count", "declared-count"),
                start.getList("items.type"));
        assertEquals(27, start.getInt("items[5].item.declared"), "the seed's 27 solutions");

        Api.ensureTask(1);
        String cursor = FeedWalk.end(FEED);
        As.admin().body(Api.solution(14, "Giải pháp thử nguồn cấp", "[]")).post("/api/v1/solutions").then()
                .statusCode(201);
        JsonPath created = FeedWalk.after(FEED, cursor);
        assertEquals(List.of("solution|14|CREATED", "task|1|UPDATED", "declared-count|SOLUTION|UPDATED"),
                FeedWalk.changes(created));
        assertTrue(created.getList("items[1].item.solutionNumbers", Integer.class).contains(14));

        As.admin().body("{\"reportDate\":\"2021-05-01\",\"status\":\"IN_PROGRESS\",\"percentComplete\":10,"
                + "\"orgUnit\":\"058\",\"narrative\":{\"vi\":\"Bắt đầu\"}}").post("/api/v1/solutions/14/updates").then()
                .statusCode(201);
        JsonPath updated = FeedWalk.after(FEED, created.getString("next"));
        List<String> seen = FeedWalk.changes(updated);
        assertEquals(2, seen.size());
        assertTrue(seen.get(0).startsWith("update|") && seen.get(0).endsWith("|CREATED"), seen.toString());
        assertEquals("solution|14|UPDATED", seen.get(1));
        assertEquals(10, updated.getInt("items[1].item.percentComplete"));
    }

    @Test
    void listsTakeUpdatedSinceInclusive() {
        Api.ensureTask(1);
        if (given().get("/api/v1/solutions/13").statusCode() == 404) {
            As.admin().body(Api.solution(13, "Giải pháp thử nguồn cấp", "[]")).post("/api/v1/solutions").then()
                    .statusCode(201);
        }
        String at = given().get("/api/v1/solutions/13").then().extract().path("updatedAt");
        String later = Instant.parse(at).plusMillis(1).toString();
        assertTrue(numbers("/api/v1/solutions", at).contains(13));
        assertFalse(numbers("/api/v1/solutions", later).contains(13));
        String taskAt = given().get("/api/v1/tasks/1").then().extract().path("updatedAt");
        assertFalse(Instant.parse(taskAt).isBefore(Instant.parse(
                given().get("/api/v1/solutions/13").then().extract().<String>path("createdAt"))),
                "adding a solution to a task changes the task");
        given().queryParam("updatedSince", "yesterday").get("/api/v1/tasks").then().statusCode(400);
        String tasks = given().queryParam("format", "csv").queryParam("bom", "false").get("/api/v1/tasks").then()
                .statusCode(200).extract().asString();
        assertEquals("number,title_vi,title_en,description_vi,description_en,solution_numbers,created_at,updated_at",
                tasks.lines().findFirst().orElseThrow());
        String task1 = tasks.lines().filter(l -> l.startsWith("1,")).findFirst().orElseThrow();
        assertTrue(task1.matches(".*,([0-9]+ )*13( [0-9]+)*,[^,]+,[^,]+"), "solution 13 is listed under task 1: " + task1);
        given().queryParam("updatedSince", "2021-05-01").get("/api/v1/updates").then().statusCode(400);
        given().queryParam("updatedSince", "2021-05-01").get("/api/v1/solutions/13/updates").then().statusCode(400);
        assertEquals(0, given().queryParam("updatedSince", later).get("/api/v1/solutions/13/updates").then()
                .statusCode(200).extract().jsonPath().getList("items").size(), "no update was recorded for 13");
        // The programs come from the seed: the feed's start is their change, inclusively.
        String start = given().queryParam("limit", 1).get("/api/v1/feeds/programs").then().extract().path("items[0].at");
        assertEquals(4, given().queryParam("updatedSince", start).get("/api/v1/programs").then().statusCode(200)
                .extract().jsonPath().getList("items").size());
        assertEquals(0, given().queryParam("updatedSince", "2999-01-01T00:00:00Z").get("/api/v1/programs").then()
                .statusCode(200).extract().jsonPath().getList("items").size());
    }

    private static List<Integer> numbers(String path, String since) {
        return given().queryParam("updatedSince", since).queryParam("pageSize", 100).get(path).then().statusCode(200)
                .extract().jsonPath().getList("items.number", Integer.class);
    }
}
