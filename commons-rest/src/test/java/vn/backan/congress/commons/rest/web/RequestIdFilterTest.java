package vn.backan.congress.commons.rest.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestIdFilterTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void keepsTheCallersId() {
        given().header("X-Request-Id", "portal-42.a").get("/fixture/words")
                .then().statusCode(200).header("X-Request-Id", equalTo("portal-42.a"));
    }

    @Test
    void createsOneWhenAbsent() {
        String first = given().get("/fixture/words").then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID)).extract().header("X-Request-Id");
        String second = given().get("/fixture/words").then().extract().header("X-Request-Id");
        assertNotEquals(first, second);
    }

    @Test
    void replacesAnUnsafeId() {
        given().header("X-Request-Id", "x".repeat(129)).get("/fixture/words")
                .then().header("X-Request-Id", matchesPattern(UUID));
        given().header("X-Request-Id", "a b;c").get("/fixture/words")
                .then().header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void errorsOutsideJaxRsCarryItToo() {
        given().header("X-Request-Id", "lost-1").get("/nowhere")
                .then().statusCode(404).header("X-Request-Id", equalTo("lost-1")).body("requestId", equalTo("lost-1"));
    }
}
