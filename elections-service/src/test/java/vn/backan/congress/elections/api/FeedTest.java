package vn.backan.congress.elections.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.backan.congress.elections.api.ContestRequests.CONTESTS;
import static vn.backan.congress.elections.api.ContestRequests.candidate;
import static vn.backan.congress.elections.api.ContestRequests.contest;
import static vn.backan.congress.elections.api.ContestRequests.sheet;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;
import vn.backan.congress.devkit.testing.FeedWalk;

/**
 * elections-service's changes feed: it starts with what the service held, lists each write with
 * every entity whose view the write changed, and a mirror that replays it holds what the lists
 * serve. Lists take updatedSince. (Contest TEST-FEED and the person it creates: no other test
 * uses them.)
 */
@QuarkusTest
class FeedTest {

    private static final String FEED = "/api/v1/feeds/elections";
    private static final String CODE = "TEST-FEED";
    private static final String COMMITTEE = "EXECUTIVE-COMMITTEE-XII";

    @Test
    void theFeedStartsWithTheCongressItsBodiesAndPosts() {
        int bodies = total("/api/v1/bodies");
        int posts = total("/api/v1/posts");
        JsonPath start = given().queryParam("limit", 1 + bodies + posts).get(FEED).then().statusCode(200).extract()
                .jsonPath();
        List<String> types = start.getList("items.type");
        assertEquals("congress", types.get(0));
        assertEquals("DH-XII", start.getString("items[0].key"));
        assertEquals(345, start.getInt("items[0].item.delegates.summoned"), "the seed's 345 delegates");
        assertEquals(bodies, types.stream().filter("body"::equals).count());
        assertEquals(posts, types.stream().filter("post"::equals).count());
        assertEquals(List.of("CREATED"), start.getList("items.action").stream().distinct().toList());
    }

    @Test
    void eachWriteListsWhatItChangedAndAMirrorEqualsTheLists() {
        String cursor = FeedWalk.end(FEED);
        As.secretariat().body(contest(CODE, COMMITTEE, 1, 0, "AGREE_DISAGREE", "COMMITTEE_MEMBERS", "2020-10-28",
                List.of(candidate(null, "Ma Văn Nguồn")))).post(CONTESTS).then().statusCode(201);
        JsonPath created = FeedWalk.after(FEED, cursor);
        assertEquals(List.of("contest|TEST-FEED|CREATED"), FeedWalk.changes(created));

        // A committee of 47 electing from its members: base 47, minimum 47 / 2 + 1 = 24; 40 agree pass.
        As.secretariat().body(sheet(new int[] {47, 45, 2}, new int[] {45, 45, 45, 0},
                List.of(ContestRequests.agree("ma-van-nguon", 40, 3, 2)))).post(ContestRequests.sheets(CODE, 1))
                .then().statusCode(201);
        As.secretariat().header("If-Match", ContestRequests.etag(CODE)).post(CONTESTS + "/" + CODE + "/announcement")
                .then().statusCode(200);
        JsonPath counted = FeedWalk.after(FEED, created.getString("next"));
        assertEquals(List.of("contest|TEST-FEED|UPDATED", "contest|TEST-FEED|UPDATED"), FeedWalk.changes(counted));
        assertEquals("ANNOUNCED", counted.getString("items[0].item.state"), "each item is as it is now");

        long membership = As.secretariat().header("If-Match", ContestRequests.etag(CODE))
                .body(Map.of("decisionNumber", "98-QĐ/TU", "decisionDate", "2024-01-10"))
                .post(CONTESTS + "/" + CODE + "/approval").then().statusCode(200)
                .extract().jsonPath().getLong("memberships[0].id");
        JsonPath approved = FeedWalk.after(FEED, counted.getString("next"));
        assertEquals(List.of("person|ma-van-nguon|CREATED", "membership|" + membership + "|CREATED",
                "body|" + COMMITTEE + "|UPDATED", "congress|DH-XII|UPDATED", "contest|TEST-FEED|UPDATED"),
                FeedWalk.changes(approved));
        assertEquals("Ma Văn Nguồn", approved.getString("items[0].item.name"));

        String path = "/api/v1/memberships/" + membership;
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        As.secretariat().header("If-Match", etag).body("{\"endDate\":\"2024-05-31\",\"endReason\":\"TRANSFERRED\","
                + "\"reason\":\"kiểm thử nguồn cấp\"}").patch(path).then().statusCode(200);
        JsonPath ended = FeedWalk.after(FEED, approved.getString("next"));
        assertEquals(List.of("membership|" + membership + "|UPDATED", "person|ma-van-nguon|UPDATED",
                "body|" + COMMITTEE + "|UPDATED", "congress|DH-XII|UPDATED"), FeedWalk.changes(ended));
        assertEquals("2024-05-31", ended.getString("items[1].item.memberships[0].endDate"));

        Map<String, Object> mirror = replay();
        for (String[] list : new String[][] {{"contest", CONTESTS, "code"}, {"person", "/api/v1/people", "id"},
                {"membership", "/api/v1/memberships", "id"}, {"body", "/api/v1/bodies", "code"},
                {"post", "/api/v1/posts", "code"}}) {
            Map<String, Object> served = all(list[1], list[2]);
            Map<String, Object> mirrored = new HashMap<>();
            mirror.forEach((k, v) -> {
                if (k.startsWith(list[0] + "|")) {
                    mirrored.put(k.substring(list[0].length() + 1), v);
                }
            });
            assertEquals(served, mirrored, list[1] + " as the mirror holds it");
        }
        assertEquals(given().get("/api/v1/congress").then().extract().jsonPath().getMap(""), mirror.get("congress|DH-XII"));
    }

    @Test
    void listsTakeUpdatedSinceInclusive() {
        String code = CODE + "-SINCE";
        As.secretariat().body(contest(code, COMMITTEE, 1, 0, "AGREE_DISAGREE", "COMMITTEE_MEMBERS", "2020-10-28",
                List.of(candidate("vi-van-an", "Vi Văn An")))).post(CONTESTS).then().statusCode(201);
        JsonPath last = given().queryParam("cursor", before(FeedWalk.end(FEED))).get(FEED).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(code, last.getString("items[0].key"));
        String at = last.getString("items[0].at");
        String later = Instant.parse(at).plusMillis(1).toString();
        assertTrue(codes(CONTESTS, at, "code").contains(code));
        assertFalse(codes(CONTESTS, later, "code").contains(code));
        assertEquals(List.of(), codes("/api/v1/bodies", later, "code"), "no body changed since");
        assertEquals(total("/api/v1/bodies"), codes("/api/v1/bodies", "2020-01-01T00:00:00Z", "code").size());
        for (String list : List.of(CONTESTS, "/api/v1/bodies", "/api/v1/posts", "/api/v1/people",
                "/api/v1/memberships")) {
            given().queryParam("updatedSince", "2021-05-01").get(list).then().statusCode(400)
                    .body("errors[0].field", equalTo("updatedSince"));
        }
    }

    /** Applies the whole feed in order: each entity ends as its last change shows it. */
    private static Map<String, Object> replay() {
        Map<String, Object> mirror = new HashMap<>();
        for (JsonPath p : FeedWalk.pages(FEED, null, 1000)) {
            for (int i = 0; i < p.getList("items").size(); i++) {
                mirror.put(p.getString("items[" + i + "].type") + "|" + p.getString("items[" + i + "].key"),
                        p.get("items[" + i + "].item"));
            }
        }
        return mirror;
    }

    private static Map<String, Object> all(String list, String key) {
        Map<String, Object> served = new HashMap<>();
        for (int page = 1; ; page++) {
            JsonPath p = given().queryParam("page", page).queryParam("pageSize", 200).get(list).then()
                    .statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = p.getList("items");
            items.forEach(item -> served.put(String.valueOf(item.get(key)), item));
            if (served.size() >= p.getInt("totalItems")) {
                return served;
            }
        }
    }

    private static List<String> codes(String list, String since, String key) {
        return given().queryParam("updatedSince", since).queryParam("pageSize", 200).get(list).then().statusCode(200)
                .extract().jsonPath().getList("items." + key, String.class);
    }

    private static int total(String list) {
        return given().get(list).then().statusCode(200).extract().jsonPath().getInt("totalItems");
    }

    /** The cursor of the place before the one {@code cursor} names (cursors are base64url of "place:n"). */
    private static String before(String cursor) {
        long place = Long.parseLong(new String(java.util.Base64.getUrlDecoder().decode(cursor)).substring(6));
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("place:" + (place - 1)).getBytes());
    }
}
