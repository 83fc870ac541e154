package vn.backan.congress.targets.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Requests refused for their token cannot mint a time series per invented path. */
@QuarkusTest
class MetricsTagsTest {

    @Test
    void refusedTokensShareOneUriTag() {
        for (int i = 0; i < 120; i++) {
            given().header("Authorization", "Bearer not.a.token").get("/api/v1/indicators/CARDINALITY-PROBE-" + i)
                    .then().statusCode(401);
        }
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("uri=\"UNAUTHORIZED\""))
                .body(not(containsString("CARDINALITY-PROBE")));
        // Endpoints used afterwards are still measured under their template.
        given().get("/api/v1/org-units").then().statusCode(200);
        given().get("/q/metrics").then().body(containsString("uri=\"/api/v1/org-units\""));
    }
}
