package vn.backan.congress.elections.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Bodies, posts and people are found only by their ids as stored. */
@QuarkusTest
class ExactCodesTest {

    @Test
    void otherSpellingsAreNotFound() {
        given().get("/api/v1/bodies/STANDING-COMMITTEE-XII").then().statusCode(200)
                .body("code", equalTo("STANDING-COMMITTEE-XII"));
        given().get("/api/v1/people/hoang-duy-chinh").then().statusCode(200).body("id", equalTo("hoang-duy-chinh"));
        for (String bent : new String[] {"/api/v1/bodies/standing-committee-xii", "/api/v1/bodies/STANDING-COMMITTEE-XII%20",
                "/api/v1/people/HOANG-DUY-CHINH", "/api/v1/people/hoang-duy-chinh%00", "/api/v1/contests/test-lower"}) {
            given().urlEncodingEnabled(false).get(bent).then().statusCode(404).contentType("application/problem+json");
        }
    }
}
