package vn.backan.congress.devkit.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;

/** Reads a service's changes feed as a mirror does, for the feed tests of every service. */
public final class FeedWalk {

    private FeedWalk() {
    }

    /** Every page from {@code cursor} (null: the start) to the end, {@code limit} changes a page. */
    public static List<JsonPath> pages(String feed, String cursor, int limit) {
        List<JsonPath> pages = new ArrayList<>();
        String next = cursor;
        boolean more = true;
        while (more) {
            JsonPath page = read(feed, next, limit);
            pages.add(page);
            next = page.getString("next");
            more = page.getBoolean("more");
        }
        return pages;
    }

    /** The cursor at the end of the feed now: what comes after it is what the next writes change. */
    public static String end(String feed) {
        List<JsonPath> pages = pages(feed, null, 1000);
        return pages.get(pages.size() - 1).getString("next");
    }

    /** The changes after {@code cursor}, up to 1000. */
    public static JsonPath after(String feed, String cursor) {
        return read(feed, cursor, 1000);
    }

    /** A page's changes as "type|key|ACTION", in feed order. */
    public static List<String> changes(JsonPath page) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < page.getList("items").size(); i++) {
            out.add(page.getString("items[" + i + "].type") + "|" + page.getString("items[" + i + "].key") + "|"
                    + page.getString("items[" + i + "].action"));
        }
        return out;
    }

    private static JsonPath read(String feed, String cursor, int limit) {
        RequestSpecification request = given().queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get(feed).then().statusCode(200).extract().jsonPath();
    }
}
