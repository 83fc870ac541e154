package vn.backan.congress.commons.rest.paging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PagingTest {

    @Test
    void pageCountsRoundUp() {
        // 7 items, 3 a page: pages hold 3, 3, 1.
        Page<String> last = Page.slice(List.of("a", "b", "c", "d", "e", "f", "g"), PageParams.of(3, 3));
        assertEquals(List.of("g"), last.items());
        assertEquals(3, last.totalPages());
        assertEquals(7, last.totalItems());
    }

    @Test
    void emptyListHasOnePage() {
        assertEquals(1, Page.slice(List.of(), PageParams.of(1, 20)).totalPages());
    }

    @Test
    void pageBeyondTheEndIsEmptyNotAnError() {
        assertEquals(List.of(), Page.slice(List.of("a"), PageParams.of(5, 20)).items());
    }

    @Test
    void envelopeAndLinksOnAMiddlePage() {
        // 7 fixture words, 2 a page: page 2 holds words 3 and 4, and there are 4 pages.
        given().queryParam("page", 2).queryParam("pageSize", 2).get("/fixture/words")
                .then().statusCode(200)
                .body("items", contains("Bắc Kạn", "Chợ Đồn"))
                .body("page", equalTo(2))
                .body("pageSize", equalTo(2))
                .body("totalItems", equalTo(7))
                .body("totalPages", equalTo(4))
                .header("X-Total-Count", "7")
                .header("Link", equalTo("</fixture/words?page=1&pageSize=2>; rel=\"first\", "
                        + "</fixture/words?page=1&pageSize=2>; rel=\"prev\", "
                        + "</fixture/words?page=3&pageSize=2>; rel=\"next\", "
                        + "</fixture/words?page=4&pageSize=2>; rel=\"last\""));
    }

    @Test
    void linksKeepTheFilters() {
        given().queryParam("q", "cho don").queryParam("pageSize", 1).get("/fixture/words")
                .then().statusCode(200)
                .body("items", contains("Chợ Đồn"))
                .header("Link", equalTo("</fixture/words?q=cho%20don&page=1&pageSize=1>; rel=\"first\", "
                        + "</fixture/words?q=cho%20don&page=1&pageSize=1>; rel=\"last\""));
    }
}
