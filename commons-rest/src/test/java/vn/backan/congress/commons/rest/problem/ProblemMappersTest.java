package vn.backan.congress.commons.rest.problem;

import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.problem.ProblemType;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemMappersTest {

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", equalTo(Problems.titleFor(status)))
                .body("requestId", notNullValue())
                .body("detail", notNullValue());
    }

    @Test
    void unknownPathIs404Problem() {
        problem(given().get("/no/such/thing").then(), 404)
                .body("type", equalTo("about:blank"))
                .body("instance", equalTo("/no/such/thing"));
    }

    @Test
    void resourceSaysNotFoundWithItsOwnDetail() {
        problem(given().get("/fixture/words/99").then(), 404).body("detail", equalTo("There is no word 99."));
    }

    @Test
    void wrongMethodIs405() {
        problem(given().delete("/fixture/words").then(), 405).body("detail", containsString("DELETE"));
        // The fixture serves GET and POST at /fixture/words; GET brings HEAD.
        given().delete("/fixture/words").then().header("Allow", "GET, HEAD, POST");
        given().delete("/fixture/words/versioned").then().statusCode(405).header("Allow", "GET, HEAD, PUT");
    }

    @Test
    void unacceptableMediaTypeIs406() {
        problem(given().accept("application/xml").get("/fixture/words").then(), 406);
    }

    @Test
    void unsupportedContentTypeIs415() {
        problem(given().contentType("text/plain").body("hello").post("/fixture/words").then(), 415);
    }

    @Test
    void malformedJsonIs400() {
        problem(given().contentType("application/json").body("{\"text\": \"a\",").post("/fixture/words").then(), 400)
                .body("type", equalTo(ProblemType.MALFORMED_BODY.uri()));
    }

    @Test
    void wrongTypeNamesTheField() {
        problem(given().contentType("application/json").body("{\"text\":\"a\",\"weight\":\"heavy\"}")
                .post("/fixture/words").then(), 400)
                .body("type", equalTo(ProblemType.VALIDATION.uri()))
                .body("errors[0].field", equalTo("weight"))
                .body("errors[0].message", containsString("number"));
    }

    @Test
    void unknownFieldIsRejectedNotDropped() {
        problem(given().contentType("application/json").body("{\"text\":\"a\",\"weight\":1,\"wieght\":2}")
                .post("/fixture/words").then(), 400)
                .body("errors[0].field", equalTo("wieght"));
    }

    @Test
    void beanValidationGivesFieldErrorsWithJsonPaths() {
        problem(given().contentType("application/json")
                .body("{\"text\":\" \",\"weight\":-1,\"tags\":[{\"name\":\"ok\"},{\"name\":\"far-too-long-tag\"}]}")
                .post("/fixture/words").then(), 400)
                .body("type", equalTo(ProblemType.VALIDATION.uri()))
                .body("errors.field", hasItem("text"))
                .body("errors.field", hasItem("weight"))
                .body("errors.field", hasItem("tags[1].name"));
    }

    @Test
    void missingBodyIs400() {
        problem(given().contentType("application/json").post("/fixture/words").then(), 400);
    }

    @Test
    void queryParameterOutOfRangeNamesTheParameter() {
        problem(given().queryParam("pageSize", 0).get("/fixture/words").then(), 400)
                .body("errors[0].field", equalTo("pageSize"));
    }

    @Test
    void queryParameterOfWrongTypeIsAClientError() {
        given().queryParam("page", "abc").get("/fixture/words").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void applicationProblemKeepsItsTypeAndStatus() {
        problem(given().get("/fixture/words/conflict").then(), 409)
                .body("type", equalTo(ProblemType.CONFLICT.uri()));
    }

    @Test
    void problemHeadersTravelWithIt() {
        problem(given().get("/fixture/words/busy").then(), 429)
                .header("Retry-After", equalTo("7"))
                .body("type", equalTo(ProblemType.RATE_LIMITED.uri()));
    }

    @Test
    void bodyOverTheLimitIs413Problem() {
        // The services' shared limit is 2 MiB (META-INF/microprofile-config.properties); send 2 MiB and a bit.
        String big = "{\"text\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"weight\":1}";
        problem(given().contentType("application/json").body(big).post("/fixture/words").then(), 413);
    }

    @Test
    void unhandledExceptionIs500WithoutInternals() {
        problem(given().header("X-Request-Id", "boom-1").get("/fixture/words/boom").then(), 500)
                .body("requestId", equalTo("boom-1"))
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void anonymousCallToProtectedResourceIs401Problem() {
        problem(given().get("/fixture/words/admin").then(), 401).header("WWW-Authenticate", equalTo("Bearer"));
    }
}
