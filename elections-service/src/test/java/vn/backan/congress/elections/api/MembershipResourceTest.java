package vn.backan.congress.elections.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;

/** Who sat where on a given day, in Vietnamese order, and how the secretariat records an ending. */
@QuarkusTest
class MembershipResourceTest {

    private static final String STANDING = "/api/v1/bodies/STANDING-COMMITTEE-XII/members";

    @Test
    void asOfAnswersWhoSatOnABodyThatDay() {
        // Elected at the first plenum on 28/10/2020: nobody sat the day before.
        given().queryParam("asOf", "2020-10-27").get(STANDING).then().statusCode(200).body("", empty());
        // By given name: Chinh, Thanh, Trung (by family name it would be Hoàng, Lê, Phương).
        given().queryParam("asOf", "2020-10-28").get(STANDING).then().statusCode(200)
                .body("person.name", contains("Hoàng Duy Chinh", "Phương Thị Thanh", "Lê Dược Trung"));
        // The province's bodies ended with the province on 30/06/2025.
        given().queryParam("asOf", "2025-06-30").get(STANDING).then().body("person.id",
                contains("hoang-duy-chinh", "phuong-thi-thanh", "le-duoc-trung"));
        given().queryParam("asOf", "2025-07-01").get(STANDING).then().body("", empty());
        given().queryParam("asOf", "28/10/2020").get(STANDING).then().statusCode(400);
        given().get("/api/v1/bodies/NO-SUCH-BODY/members").then().statusCode(404);
    }

    @Test
    void theSecretariatRecordsAnEndingWithIfMatchAndOnlyTheSecretariat() {
        long id = given().queryParam("person", "le-duoc-trung").queryParam("post", "INSPECTION-CHAIR-XII")
                .get("/api/v1/memberships").then().statusCode(200).body("totalItems", equalTo(1))
                .extract().jsonPath().getLong("items[0].id");
        String path = "/api/v1/memberships/" + id;
        String end = "{\"endDate\":\"2023-05-31\",\"endReason\":\"TRANSFERRED\",\"endNote\":\"thử\",\"reason\":\"kiểm thử\"}";
        As.secretariat().body(end).patch(path).then().statusCode(428);
        As.secretariat().header("If-Match", "\"v42\"").body(end).patch(path).then().statusCode(412);
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        As.admin().header("If-Match", etag).body(end).patch(path).then().statusCode(403);
        given().contentType("application/json").header("If-Match", etag).body(end).patch(path).then().statusCode(401);
        As.secretariat().header("If-Match", etag).body(end.replace("2023-05-31", "2019-01-01")).patch(path).then()
                .statusCode(422).body("detail", containsString("before the membership started"));
        As.secretariat().header("If-Match", etag).body(end.replace("TRANSFERRED", "BORED")).patch(path).then()
                .statusCode(400);
        As.secretariat().header("If-Match", etag).body(end).patch(path).then().statusCode(200)
                .body("endDate", equalTo("2023-05-31")).body("endReason", equalTo("TRANSFERRED"));

        // The end date is the last day held.
        given().queryParam("asOf", "2023-05-31").get("/api/v1/posts/INSPECTION-CHAIR-XII").then()
                .body("holders.person.id", contains("le-duoc-trung"));
        given().queryParam("asOf", "2023-06-01").get("/api/v1/posts/INSPECTION-CHAIR-XII").then()
                .body("holders", empty());
        given().get(path + "/history").then().statusCode(200).body("action", contains("END"))
                .body("[0].oldValues", containsString("kiểm thử"));
    }

    @Test
    void membershipsDownloadAsCsv() {
        String csv = given().accept("text/csv").queryParam("bom", "false").queryParam("body", "EXECUTIVE-COMMITTEE-XII").queryParam("asOf", "2021-01-01")
                .get("/api/v1/memberships").then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("id,person_id,person_name,body_code,post_code,role_vi,role_en,start_date,start_reason,end_date,"
                + "end_reason,contest_code", lines.get(0));
        // Three plain memberships and two posts (Secretary, Deputy Secretary) of the Executive Committee.
        assertEquals(1 + 5, lines.size(), csv);
        assertEquals(true, lines.get(1).contains(",hoang-duy-chinh,Hoàng Duy Chinh,EXECUTIVE-COMMITTEE-XII,"), lines.get(1));
    }

    @Test
    void peopleSearchFoldsAccents() {
        given().queryParam("q", "duoc trung").get("/api/v1/people").then().statusCode(200)
                .body("items.id", contains("le-duoc-trung"));
        given().queryParam("q", "DUY").get("/api/v1/people").then().body("items.name", contains("Hoàng Duy Chinh"));
        // By given name; contest tests may add people, so only the seed's three are looked at.
        given().queryParam("pageSize", 200).get("/api/v1/people").then().body("items.findAll { it.id in"
                + " ['hoang-duy-chinh', 'phuong-thi-thanh', 'le-duoc-trung'] }.givenName", contains("Chinh", "Thanh", "Trung"));
    }
}
