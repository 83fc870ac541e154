package vn.backan.congress.commons.text;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VietnameseTextTest {

    /** "Nguyễn" spelt with combining marks: e + circumflex (U+0302) + tilde (U+0303). */
    private static final String NGUYEN_DECOMPOSED = "Nguye\u0302\u0303n";

    @Test
    void foldDropsMarksStrokeAndCase() {
        assertEquals("dang", VietnameseText.fold("Đảng"));
        assertEquals("rung", VietnameseText.fold("rừng"));
        assertEquals("bac kan", VietnameseText.fold("  Bắc   Kạn "));
        assertEquals("nguyen", VietnameseText.fold(NGUYEN_DECOMPOSED));
    }

    @Test
    void searchIsDiacriticInsensitive() {
        assertTrue(VietnameseText.foldedContains("Đảng bộ tỉnh", "dang"));
        assertTrue(VietnameseText.foldedContains("trồng rừng", "RUNG"));
        assertFalse(VietnameseText.foldedContains("Ba Bể", "na hang"));
    }

    @Test
    void nfcMakesBothSpellingsOneKeyButKeepsAccents() {
        assertEquals("Nguyễn", VietnameseText.nfc(NGUYEN_DECOMPOSED));
        assertEquals(6, VietnameseText.nfc(NGUYEN_DECOMPOSED).length());
        assertNotEquals("Nguyen", VietnameseText.nfc(NGUYEN_DECOMPOSED));
    }

    @Test
    void jsonBodiesAreNormalisedToNfc() {
        given().contentType("application/json; charset=UTF-8")
                .body("{\"text\":\"" + NGUYEN_DECOMPOSED + "\",\"weight\":1}")
                .post("/fixture/words")
                .then().statusCode(200).body("text", equalTo("Nguyễn"));
    }

    @Test
    void listSearchFindsAccentedWordsFromPlainQuery() {
        given().queryParam("q", "dang").get("/fixture/words").then().statusCode(200).body("items", contains("Đảng"));
        given().queryParam("q", "nguyen").get("/fixture/words").then().body("items", contains("Nguyễn", "Nguyen"));
    }
}
