package vn.backan.congress.commons.rest.text;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Vietnamese text through the HTTP layer: NFC on the way in, folded search on the way out. */
@QuarkusTest
class VietnameseTextTest {

    /** "Nguyễn" spelt with combining marks: e + circumflex (U+0302) + tilde (U+0303). */
    private static final String NGUYEN_DECOMPOSED = "Nguye\u0302\u0303n";

    @Test
    void jsonBodiesAreNormalisedToNfc() {
        given().contentType("application/json; charset=UTF-8")
                .body("{\"text\":\"" + NGUYEN_DECOMPOSED + "\",\"weight\":1}")
                .post("/fixture/words")
                .then().statusCode(200).body("text", equalTo("Nguy\u1EC5n"));
    }

    @Test
    void listSearchFindsAccentedWordsFromPlainQuery() {
        given().queryParam("q", "dang").get("/fixture/words").then().statusCode(200).body("items", contains("Đảng"));
        given().queryParam("q", "nguyen").get("/fixture/words").then().body("items", contains("Nguyễn", "Nguyen"));
    }
}
