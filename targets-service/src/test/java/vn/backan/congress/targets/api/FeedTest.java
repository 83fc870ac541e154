package vn.backan.congress.targets.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;
import vn.backan.congress.devkit.testing.FeedWalk;

/** The changes feed: commit order, cursors, what a bad or a future cursor gets, tombstones. */
@QuarkusTest
class FeedTest {

    private static final String FEED = "/api/v1/feeds/targets";

    @Test
    void aWriteAppearsAfterTheLastCursorInCommitOrderWithItsCurrentState() {
        String cursor = FeedWalk.end(FEED);
        As.admin().body("[{\"indicator\":\"UTL-RURAL-CLEAN-WATER\",\"orgUnit\":\"064\",\"year\":2024,\"value\":51},"
                + "{\"indicator\":\"UTL-RURAL-CLEAN-WATER\",\"orgUnit\":\"064\",\"year\":2025,\"value\":52}]")
                .post("/api/v1/observations/import").then().statusCode(200);
        JsonPath page = given().queryParam("cursor", cursor).get(FEED).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        assertEquals(2, items.size());
        assertEquals(List.of("CREATED", "CREATED"), page.getList("items.action"));
        assertEquals(List.of(2024, 2025), page.getList("items.item.year"));
        long first = page.getLong("items[0].place");
        assertEquals(first + 1, page.getLong("items[1].place"), "one import, consecutive places");
        assertEquals(false, page.getBoolean("more"));

        int id = page.getInt("items[0].item.id");
        String etag = given().get("/api/v1/observations/" + id).then().extract().header("ETag");
        As.admin().header("If-Match", etag).body("{\"reason\":\"thử\"}").post("/api/v1/observations/" + id + "/withdrawal")
                .then().statusCode(200);
        JsonPath next = given().queryParam("cursor", page.getString("next")).get(FEED).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("WITHDRAWN"), next.getList("items.action"));
        assertEquals(id, next.getInt("items[0].tombstone.id"));
        assertEquals("thử", next.getString("items[0].tombstone.reason"));
        assertEquals(null, next.getMap("items[0]").get("item"));
        // The earlier change now shows the figure as it is now: withdrawn.
        assertEquals(id, given().queryParam("cursor", cursor).get(FEED).then().extract().jsonPath()
                .getInt("items[0].tombstone.id"));
    }

    @Test
    void pagesFollowOneAnotherWithoutGapOrRepeat() {
        As.admin().body("[{\"indicator\":\"UTL-RURAL-CLEAN-WATER\",\"orgUnit\":\"063\",\"year\":2021,\"value\":41},"
                + "{\"indicator\":\"UTL-RURAL-CLEAN-WATER\",\"orgUnit\":\"063\",\"year\":2022,\"value\":42},"
                + "{\"indicator\":\"UTL-RURAL-CLEAN-WATER\",\"orgUnit\":\"063\",\"year\":2023,\"value\":43}]")
                .post("/api/v1/observations/import").then().statusCode(200);
        List<Long> all = places(1000);
        List<Long> paged = places(7);
        assertEquals(all, paged);
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i) > all.get(i - 1));
        }
    }

    @Test
    void aCursorTheFeedNeverGaveIsA400AndOneBeyondItsEndA410() {
        given().queryParam("cursor", "not-a-cursor").get(FEED).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        String future = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("place:999999999".getBytes(StandardCharsets.UTF_8));
        given().queryParam("cursor", future).get(FEED).then().statusCode(410)
                .contentType("application/problem+json").body("detail", containsString("full download"));
        given().queryParam("limit", 0).get(FEED).then().statusCode(400);
        given().queryParam("limit", 1001).get(FEED).then().statusCode(400);
    }

    @Test
    void updatedSinceIsRfc3339AndInclusive() {
        given().queryParam("updatedSince", "2026-12-02").get("/api/v1/observations").then().statusCode(400)
                .body("detail", containsString("updatedSince"));
        given().queryParam("updatedSince", "2026-02-30T00:00:00Z").get("/api/v1/observations").then().statusCode(400);
        As.admin().body("[{\"indicator\":\"UTL-RURAL-CLEAN-WATER\",\"orgUnit\":\"062\",\"year\":2020,\"value\":30}]")
                .post("/api/v1/observations/import").then().statusCode(200);
        String updatedAt = given().get("/api/v1/observations?indicator=UTL-RURAL-CLEAN-WATER&orgUnit=062").then()
                .extract().path("items[0].updatedAt");
        given().queryParam("indicator", "UTL-RURAL-CLEAN-WATER").queryParam("orgUnit", "062")
                .queryParam("updatedSince", updatedAt).get("/api/v1/observations").then().statusCode(200)
                .body("items.size()", equalTo(1));
        String later = java.time.Instant.parse(updatedAt).plusMillis(1).toString();
        given().queryParam("indicator", "UTL-RURAL-CLEAN-WATER").queryParam("orgUnit", "062")
                .queryParam("updatedSince", later).get("/api/v1/observations").then().statusCode(200)
                .body("items.size()", equalTo(0));
        String withOffset = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                java.time.Instant.parse(updatedAt).atOffset(java.time.ZoneOffset.ofHours(7)));
        given().queryParam("indicator", "UTL-RURAL-CLEAN-WATER").queryParam("orgUnit", "062")
                .queryParam("updatedSince", withOffset).get("/api/v1/observations").then().statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void aNewFeedStartsWithWhatTheServiceAlreadyHeld() {
        JsonPath first = given().queryParam("limit", 69).get(FEED).then().statusCode(200).extract().jsonPath();
        assertEquals(java.util.Collections.nCopies(69, "indicator"), first.getList("items.type"));
        assertEquals("ECO-GRDP-GROWTH", first.getString("items[0].key"));
        assertEquals("CREATED", first.getString("items[0].action"));
        assertEquals("Tốc độ tăng trưởng GRDP bình quân", first.getString("items[0].item.name.vi"));
        // Indicators carry no time of their own: the feed's start counts as their change, inclusively.
        String start = first.getString("items[0].at");
        given().queryParam("updatedSince", start).get("/api/v1/indicators").then().statusCode(200)
                .body("totalItems", equalTo(69));
        given().queryParam("updatedSince", "2999-01-01T00:00:00Z").get("/api/v1/indicators").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().queryParam("updatedSince", "2999-01-01").get("/api/v1/indicators").then().statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));
    }

    /** Every place in the feed, read in pages of {@code limit}. */
    private static List<Long> places(int limit) {
        return FeedWalk.pages(FEED, null, limit).stream().flatMap(p -> p.getList("items.place", Long.class).stream())
                .toList();
    }
}
