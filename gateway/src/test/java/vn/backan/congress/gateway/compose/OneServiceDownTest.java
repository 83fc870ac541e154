package vn.backan.congress.gateway.compose;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** elections-service has never answered: the contract says so, the overview degrades to that section. */
@QuarkusTest
@WithTestResource(OneDeadServiceStubs.class)
class OneServiceDownTest {

    @Test
    void theContractListsTheMissingServiceAndIsNotCached() {
        given().get("/openapi").then().statusCode(200)
                .body("info.x-missing-services[0].service", equalTo("elections"))
                .body("paths", hasKey("/api/v1/indicators")).body("paths", not(hasKey("/api/v1/congress")))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void theOverviewStillAnswersWithThatSectionMarkedUnavailable() {
        given().get("/api/v1/overview").then().statusCode(200)
                .body("congress.available", equalTo(false))
                .body("congress.reason", containsString("elections-service could not answer"))
                .body("targets.available", equalTo(true)).body("targets.byStatus.ON_TRACK", equalTo(2))
                .body("programs.available", equalTo(true)).body("programs.declared.solutions", equalTo(27));
    }
}
