package vn.backan.congress.commons.rest.etag;

import vn.backan.congress.commons.etag.ETags;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConditionalRequestsTest {

    @Test
    void readsCarryAStrongETagAndRevalidateTo304() {
        String etag = given().get("/fixture/words").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"[0-9a-f]{32}\"")).extract().header("ETag");
        given().header("If-None-Match", etag).get("/fixture/words")
                .then().statusCode(304).body(emptyString());
        given().header("If-None-Match", "\"something-else\"").get("/fixture/words")
                .then().statusCode(200);
    }

    @Test
    void theTagIsTheHashOfTheBytesSent() {
        var response = given().queryParam("q", "rung").get("/fixture/words").then().statusCode(200).extract();
        org.junit.jupiter.api.Assertions.assertEquals(ETags.ofBytes(response.asByteArray()), response.header("ETag"));
    }

    @Test
    void differentRepresentationsHaveDifferentTags() {
        String all = given().get("/fixture/words").then().extract().header("ETag");
        String some = given().queryParam("q", "dang").get("/fixture/words").then().extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(all, some);
    }

    @Test
    void writesNeedIfMatch() {
        String body = "{\"text\":\"x\",\"weight\":1}";
        given().contentType("application/json").body(body).put("/fixture/words/versioned")
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("urn:backan-congress:problem:precondition-required"));

        String current = given().get("/fixture/words/versioned").then().statusCode(200).extract().header("ETag");
        given().contentType("application/json").body(body).header("If-Match", current).put("/fixture/words/versioned")
                .then().statusCode(200).header("ETag", not(equalTo(current)));

        // The same If-Match again is now stale: someone (we) changed the resource since.
        given().contentType("application/json").body(body).header("If-Match", current).put("/fixture/words/versioned")
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:backan-congress:problem:precondition-failed"));
    }
}
