package vn.backan.congress.targets.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;

/**
 * A withdrawn figure leaves lists and progress, stays in its history and the feed's tombstone, and
 * comes back when sent again. Who may withdraw: an admin always, a reporter its own unit's figure
 * while it is SUBMITTED. (Indicator UTL-WASTE-URBAN, org unit 065: no other test writes there.)
 */
@QuarkusTest
class WithdrawalTest {

    private static final String LIST = "/api/v1/observations?indicator=UTL-WASTE-URBAN&orgUnit=065";

    @Test
    void aWithdrawnFigureLeavesListsAndProgressButNotItsHistory() {
        int id = importFigure(2021, "93.5");
        approve(id);
        given().get("/api/v1/progress/UTL-WASTE-URBAN?orgUnit=065&asOf=2021").then().statusCode(200)
                .body("figures", hasSize(1));
        String path = "/api/v1/observations/" + id;

        As.admin().contentType("application/json").body("{\"reason\":\"Nhập nhầm huyện\"}")
                .post(path + "/withdrawal").then().statusCode(428);
        As.admin().header("If-Match", etag(id)).contentType("application/json").body("{\"reason\":\"  \"}")
                .post(path + "/withdrawal").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        As.admin().header("If-Match", etag(id)).contentType("application/json")
                .body("{\"reason\":\"Nhập nhầm huyện\"}").post(path + "/withdrawal").then().statusCode(200)
                .body("state", equalTo("WITHDRAWN")).body("withdrawReason", equalTo("Nhập nhầm huyện"))
                .body("withdrawnBy", equalTo("local-admin"));

        given().get(LIST).then().statusCode(200).body("items", hasSize(0));
        given().get(LIST + "&state=WITHDRAWN").then().statusCode(200).body("items[0].id", equalTo(id));
        given().get("/api/v1/progress/UTL-WASTE-URBAN?orgUnit=065&asOf=2021&includeSubmitted=true").then()
                .statusCode(200).body("figures", hasSize(0)).body("evaluation.status", equalTo("NO_DATA"));
        given().get(path).then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        given().get(path + "/history").then().statusCode(200).body("changes[1].action", equalTo("WITHDRAW"))
                .body("changes[1].newValues", containsString("Nhập nhầm huyện"));
        As.admin().header("If-Match", etag(id)).contentType("application/json").body("{\"reason\":\"again\"}")
                .post(path + "/withdrawal").then().statusCode(409);
        As.admin().header("If-Match", etag(id)).post(path + "/approval").then().statusCode(409);

        // Sent again, it is back as SUBMITTED, with its withdrawal in the history and nothing deleted.
        importFigure(2021, "93.5");
        given().get(path).then().statusCode(200).body("state", equalTo("SUBMITTED"))
                .body("withdrawReason", nullValue());
        given().get(path + "/history").then().statusCode(200).body("earlier", hasSize(1))
                .body("earlier[0].state", equalTo("WITHDRAWN"));
    }

    @Test
    void aReporterWithdrawsItsOwnSubmittedFigureOnly() {
        int id = importFigure(2022, "94");
        String path = "/api/v1/observations/" + id + "/withdrawal";
        As.reporter("064").header("If-Match", etag(id)).contentType("application/json")
                .body("{\"reason\":\"không phải của tôi\"}").post(path).then().statusCode(403);
        approve(id);
        As.reporter("065").header("If-Match", etag(id)).contentType("application/json")
                .body("{\"reason\":\"đã duyệt\"}").post(path).then().statusCode(403)
                .body("detail", containsString("only an admin"));
        int other = importFigure(2023, "95");
        As.reporter("065").header("If-Match", etag(other)).contentType("application/json")
                .body("{\"reason\":\"sai số\"}").post("/api/v1/observations/" + other + "/withdrawal").then()
                .statusCode(200).body("state", equalTo("WITHDRAWN")).body("withdrawnBy", equalTo("local-reporter"));
    }

    private static int importFigure(int year, String value) {
        As.reporter("065").contentType("application/json").body("[{\"indicator\":\"UTL-WASTE-URBAN\",\"orgUnit\":\"065\","
                + "\"year\":" + year + ",\"value\":" + value + "}]").post("/api/v1/observations/import").then()
                .statusCode(200);
        return given().get("/api/v1/observations?indicator=UTL-WASTE-URBAN&orgUnit=065&year=" + year
                + "&state=SUBMITTED").then().statusCode(200).extract().path("items[0].id");
    }

    private static void approve(int id) {
        As.admin().header("If-Match", etag(id)).post("/api/v1/observations/" + id + "/approval").then().statusCode(200);
    }

    private static String etag(int id) {
        return given().get("/api/v1/observations/" + id).then().statusCode(200).extract().header("ETag");
    }
}
