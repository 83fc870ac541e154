package vn.backan.congress.commons.rest.text;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What used to be stored bent (U+FFFD, "?", a NUL, the last of two keys) is refused with a 400 naming the field. */
@QuarkusTest
class RefusedTextTest {

    private static final String WORDS = "/fixture/words";

    @Test
    void controlCharactersAndLoneSurrogatesAreRefused() {
        given().contentType("application/json").body("{\"text\":\"06\\u0000\",\"weight\":1}").post(WORDS).then()
                .statusCode(400).body("errors[0].field", equalTo("text"))
                .body("errors[0].message", equalTo("has the control character U+0000 at position 3"));
        given().contentType("application/json").body("{\"text\":\"a\\ud800\",\"weight\":1}").post(WORDS).then()
                .statusCode(400).body("errors[0].field", equalTo("text"))
                .body("errors[0].message", startsWith("has a lone surrogate"));
        given().contentType("application/json").body("{\"text\":\"dòng một\\ndòng hai\",\"weight\":1}").post(WORDS)
                .then().statusCode(200).body("text", equalTo("dòng một\ndòng hai"));
    }

    @Test
    void aKeyTwiceIsRefusedRatherThanTheLastWinning() {
        given().contentType("application/json").body("{\"text\":\"a\",\"weight\":1,\"weight\":2}").post(WORDS).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:backan-congress:problem:malformed-body"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = "{\"text\":\"Hà Giang\",\"weight\":1}".getBytes(StandardCharsets.ISO_8859_1);
        byte[] broken = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '(', '"', ',', '"', 'w', 'e', 'i', 'g',
                'h', 't', '"', ':', '1', '}'};
        for (byte[] body : new byte[][] {latin1, broken}) {
            given().contentType("application/json").body(body).post(WORDS).then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aCharsetOtherThanUtf8IsA415() {
        given().contentType("application/json; charset=UTF-16").body("{\"text\":\"a\",\"weight\":1}".getBytes(
                StandardCharsets.UTF_16)).post(WORDS).then().statusCode(415).contentType("application/problem+json")
                .body("detail", startsWith("The body declares charset=UTF-16"));
        given().contentType("application/json; charset=utf-8").body("{\"text\":\"a\",\"weight\":1}").post(WORDS).then()
                .statusCode(200);
    }
}
