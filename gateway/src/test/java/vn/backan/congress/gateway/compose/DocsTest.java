package vn.backan.congress.gateway.compose;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Swagger UI at /docs reads the merged contract from the gateway itself, so "try it out" goes through it. */
@QuarkusTest
@WithTestResource(ComposeStubs.class)
class DocsTest {

    @Test
    void swaggerUiIsServedAndPointsAtTheMergedContract() {
        given().redirects().follow(true).get("/docs/").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("/openapi"));
    }
}
