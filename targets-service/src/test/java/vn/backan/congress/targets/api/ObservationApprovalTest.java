package vn.backan.congress.targets.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;

/** An approval is a change like any other: in the figure's history, and its ETag is the hash of what GET serves. */
@QuarkusTest
class ObservationApprovalTest {

    @Test
    void anApprovalIsRecordedWithWhoAndUnderWhichRequest() {
        As.admin().body("[{\"indicator\":\"ECO-GRDP-PER-CAPITA\",\"orgUnit\":\"065\",\"year\":2022,\"value\":41.5}]")
                .post("/api/v1/observations/import").then().statusCode(200).body("counts.created", equalTo(1));
        int id = given().queryParam("indicator", "ECO-GRDP-PER-CAPITA").queryParam("orgUnit", "065")
                .get("/api/v1/observations").then().statusCode(200).extract().path("items[0].id");
        String path = "/api/v1/observations/" + id;
        String submitted = given().get(path).then().statusCode(200).extract().header("ETag");
        given().get(path + "/history").then().statusCode(200).body("changes", hasSize(0));

        String approved = As.admin().header("If-Match", submitted).header("X-Request-Id", "approve-065-2022")
                .post(path + "/approval").then().statusCode(200).body("state", equalTo("APPROVED"))
                .extract().header("ETag");
        assertEquals(approved, given().get(path).then().statusCode(200).extract().header("ETag"),
                "the answer's tag is the tag the next read serves");

        given().get(path + "/history").then().statusCode(200)
                .body("changes", hasSize(1))
                .body("changes[0].action", equalTo("APPROVE"))
                .body("changes[0].actor", equalTo("local-admin"))
                .body("changes[0].requestId", equalTo("approve-065-2022"))
                .body("changes[0].oldValues", containsString("\"state\":\"SUBMITTED\""))
                .body("changes[0].newValues", containsString("\"state\":\"APPROVED\""))
                .body("earlier", hasSize(0));
    }
}
