package vn.backan.congress.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * "/" exactly, and the portal's prefixes, go to the portal (down here: a 502 problem proves the
 * route); any other path is still the gateway's 404. Only the widget under /embed/ may be framed.
 */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class PortalRoutesTest {

    @Test
    void theRootAndThePortalsPathsGoToThePortalAndNothingElseDoes() {
        for (String path : new String[] {"/", "/en/", "/vi/plan", "/embed/progress?orgUnit=061", "/portal-assets/portal.css"}) {
            given().get(path).then().statusCode(502).contentType("application/problem+json")
                    .body("detail", containsString("portal"));
        }
        given().get("/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().get("/vietnam").then().statusCode(404);
    }

    @Test
    void onlyTheWidgetMayBeFramed() {
        given().get("/").then().header("X-Frame-Options", equalTo("DENY"));
        given().get("/vi/plan").then().header("X-Frame-Options", equalTo("DENY"));
        given().get("/embed/progress").then().header("X-Frame-Options", nullValue());
    }
}
