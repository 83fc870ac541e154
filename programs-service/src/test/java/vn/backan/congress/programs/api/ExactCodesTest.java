package vn.backan.congress.programs.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A program code finds only its own spelling; the collation's folding is for search, not identifiers. */
@QuarkusTest
class ExactCodesTest {

    @Test
    void otherSpellingsAreNotFound() {
        given().get("/api/v1/programs/KP-3-AGRI-FORESTRY").then().statusCode(200)
                .body("code", equalTo("KP-3-AGRI-FORESTRY"));
        for (String bent : new String[] {"kp-3-agri-forestry", "KP-3-AGRI-FORESTRY%20", "KP-3-AGRI-FORESTRY%00"}) {
            given().urlEncodingEnabled(false).get("/api/v1/programs/" + bent).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        given().queryParam("orgUnit", "06 ").get("/api/v1/updates").then().statusCode(400)
                .body("errors[0].field", equalTo("orgUnit"));
    }
}
