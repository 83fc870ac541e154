package vn.backan.congress.targets.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;

/** Admin corrections of an indicator: If-Match, validation, and the history they leave. */
@QuarkusTest
class IndicatorCorrectionTest {

    private static final String PATH = "/api/v1/indicators/CUL-RADIO-STATIONS";

    private static String etag() {
        return given().get(PATH).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aCorrectionNeedsIfMatchAndIsKeptInHistory() {
        String body = "{\"lower\":99,\"reason\":\"kiểm tra\"}";
        As.admin().body(body).patch(PATH).then().statusCode(428).contentType("application/problem+json");
        As.admin().header("If-Match", "\"v999\"").body(body).patch(PATH).then().statusCode(412);
        As.reporter("064")
                .header("If-Match", etag()).body(body).patch(PATH).then().statusCode(403);

        String first = etag();
        String afterPatch = As.admin().header("If-Match", first).body(body).patch(PATH).then().statusCode(200)
                .body("target.lower", equalTo(99)).body("target.lowerInclusive", equalTo(true))
                .extract().header("ETag");
        // The ETag the PATCH answers with is the one the next GET serves, so it can be used at once.
        org.junit.jupiter.api.Assertions.assertEquals(etag(), afterPatch);
        // Put it back, so the catalogue still says what the seed says for the other tests.
        As.admin().header("If-Match", afterPatch).body("{\"lower\":100,\"reason\":\"hoàn nguyên\"}").patch(PATH)
                .then().statusCode(200).body("target.lower", equalTo(100));

        given().get(PATH + "/history").then().statusCode(200)
                .body("$", hasSize(2))
                .body("action", contains("CORRECT", "CORRECT"))
                .body("actor", contains("local-admin", "local-admin"));
        String oldValues = given().get(PATH + "/history").then().extract().path("[0].oldValues");
        org.junit.jupiter.api.Assertions.assertTrue(oldValues.contains("\"lower\":100"), oldValues);
        org.junit.jupiter.api.Assertions.assertTrue(oldValues.contains("kiểm tra"), oldValues);
    }

    @Test
    void inconsistentCorrectionsAreRefused() {
        As.admin().header("If-Match", etag()).body("{\"upper\":50,\"upperInclusive\":true,\"reason\":\"x\"}").patch(PATH)
                .then().statusCode(422).contentType("application/problem+json");
        As.admin().header("If-Match", etag()).body("{\"upper\":150,\"reason\":\"x\"}").patch(PATH)
                .then().statusCode(422);
        As.admin().header("If-Match", etag()).body("{\"lower\":1}").patch(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        As.admin().header("If-Match", given().get("/api/v1/indicators/INF-NH3-NEW").then().extract().header("ETag"))
                .body("{\"lower\":1,\"lowerInclusive\":true,\"reason\":\"x\"}").patch("/api/v1/indicators/INF-NH3-NEW")
                .then().statusCode(422);
    }
}
