package vn.backan.congress.programs.api;

import static io.restassured.RestAssured.given;

import vn.backan.congress.devkit.testing.As;

/** The fixtures several tests need. */
final class Api {

    private Api() {
    }

    /** Task {@code number} exists after this, whoever created it first. */
    static void ensureTask(int number) {
        if (given().get("/api/v1/tasks/" + number).statusCode() == 404) {
            As.admin().body("{\"number\":" + number + ",\"title\":{\"vi\":\"Nhiệm vụ thử " + number + "\"}}")
                    .post("/api/v1/tasks").then().statusCode(201);
        }
    }

    /** A minimal valid solution body: task 1, program 3, the given indicator codes, reported on by 06, 058, 061, 062, 064. */
    static String solution(int number, String titleVi, String indicatorCodesJson) {
        return "{\"number\":" + number + ",\"taskNumber\":1,\"title\":{\"vi\":\"" + titleVi + "\",\"en\":\"Test " + number
                + "\"},\"programCodes\":[\"KP-3-AGRI-FORESTRY\"],\"leadAgency\":\"Sở Nông nghiệp và Phát triển nông thôn\","
                + "\"indicatorCodes\":" + indicatorCodesJson + ",\"reportingOrgUnits\":[\"06\",\"058\",\"061\",\"062\",\"064\"],"
                + "\"startDate\":\"2021-01-01\",\"dueDate\":\"2023-12-31\"}";
    }

    static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}
