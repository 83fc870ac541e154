package vn.backan.congress.elections.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.backan.congress.elections.api.ContestRequests.CONTESTS;
import static vn.backan.congress.elections.api.ContestRequests.candidate;
import static vn.backan.congress.elections.api.ContestRequests.contest;
import static vn.backan.congress.elections.api.ContestRequests.etag;
import static vn.backan.congress.elections.api.ContestRequests.kept;
import static vn.backan.congress.elections.api.ContestRequests.person;
import static vn.backan.congress.elections.api.ContestRequests.sheet;
import static vn.backan.congress.elections.api.ContestRequests.sheets;
import static vn.backan.congress.elections.api.ContestRequests.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;

/** What the secretariat's clients will run into: roles, bad input (400), the rules (422), conflicts and replays. */
@QuarkusTest
class ContestRefusalsTest {

    /** 4 seats, 5 candidates c1..c5, strike-out: a valid contest to spoil one field at a time. */
    private static Map<String, Object> valid(String code) {
        return contest(code, "EXECUTIVE-COMMITTEE-XII", 4, 0, "STRIKE_OUT", "CONGRESS_DELEGATES", "2020-10-27",
                List.of(candidate("c1", "Hà Văn Một"), candidate("c2", "Hà Văn Hai"), candidate("c3", "Hà Văn Ba"),
                        candidate("c4", "Hà Văn Bốn"), candidate("c5", "Hà Văn Năm")));
    }

    @Test
    void onlyTheSecretariatWrites() {
        Map<String, Object> body = valid("TEST-REFUSED-ROLE");
        given().contentType("application/json").body(body).post(CONTESTS).then().statusCode(401)
                .contentType("application/problem+json");
        As.admin().body(body).post(CONTESTS).then().statusCode(403).contentType("application/problem+json");
        As.reporter("064").body(body)
                .post(CONTESTS).then().statusCode(403);
        given().get(CONTESTS + "/TEST-REFUSED-ROLE").then().statusCode(404);
        As.secretariat().body(body).post(CONTESTS).then().statusCode(201);
        String etag = etag("TEST-REFUSED-ROLE");
        Map<String, Object> minutes = sheet(new int[] {345, 345, 0}, new int[] {345, 345, 345, 0}, List.of());
        As.admin().body(minutes).post(sheets("TEST-REFUSED-ROLE", 1)).then().statusCode(403);
        given().contentType("application/json").body(minutes).post(sheets("TEST-REFUSED-ROLE", 1)).then().statusCode(401);
        As.admin().header("If-Match", etag).post(CONTESTS + "/TEST-REFUSED-ROLE/announcement").then().statusCode(403);
        As.admin().header("If-Match", etag).body(Map.of("decisionNumber", "1", "decisionDate", "2020-11-01"))
                .post(CONTESTS + "/TEST-REFUSED-ROLE/approval").then().statusCode(403);
        given().get(CONTESTS + "/TEST-REFUSED-ROLE/history").then().body("action", contains("CREATE"));
    }

    @Test
    void malformedInputIs400NamingTheField() {
        As.secretariat().body(with(valid("TEST-BAD-ENUM"), "ballotStyle", "SHOW_OF_HANDS")).post(CONTESTS).then()
                .statusCode(400).body("errors[0].field", equalTo("ballotStyle"));
        As.secretariat().body(with(valid("TEST-BAD-DATE"), "heldOn", "27/10/2020")).post(CONTESTS).then()
                .statusCode(400).body("errors[0].field", equalTo("heldOn"));
        As.secretariat().body(with(valid("TEST-BAD-RULES"), "ruleSet", "2014")).post(CONTESTS).then().statusCode(400)
                .body("errors.field", hasItem("ruleSet"));
        As.secretariat().body(with(valid("test-lower-case"), "seats", null)).post(CONTESTS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("code", "seats"));
        As.secretariat().post(CONTESTS).then().statusCode(400);
        As.secretariat().body("{\"code\":").post(CONTESTS).then().statusCode(400);
        given().queryParam("state", "FINISHED").get(CONTESTS).then().statusCode(400);
    }

    @Test
    void aContestThatBreaksTheRulesIs422NamingEachRule() {
        // 6 candidates for 4 seats: 2 × 100 > 30 × 4; with surplus the ballot must be strike-out, not agree/disagree.
        Map<String, Object> body = with(valid("TEST-REFUSED-RULES"), "ballotStyle", "AGREE_DISAGREE");
        body = with(body, "candidates", List.of(candidate("c1", "Hà Văn Một"), candidate("c2", "Hà Văn Hai"),
                candidate("c3", "Hà Văn Ba"), candidate("c4", "Hà Văn Bốn"), candidate("c5", "Hà Văn Năm"),
                candidate("c6", "Hà Văn Sáu")));
        As.secretariat().body(body).post(CONTESTS).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("urn:backan-congress:problem:unprocessable"))
                .body("errors.field", everyItem(equalTo("invariant")))
                .body("errors.message", contains(startsWith("candidate-surplus-over-30-percent: "),
                        startsWith("ballot-style-does-not-match-surplus: ")))
                .body("detail", containsString("candidate-surplus-over-30-percent"));
        As.secretariat().body(with(valid("TEST-REFUSED-SEATS"), "seats", 0)).post(CONTESTS).then().statusCode(422)
                .body("errors[0].message", startsWith("seats-not-positive: "));
        // References the data does not hold: all of them at once.
        Map<String, Object> unknown = with(with(valid("TEST-REFUSED-REFS"), "bodyCode", "NO-SUCH-BODY"), "postCode",
                "NO-SUCH-POST");
        unknown = with(unknown, "candidates", List.of(person("no-such-person", "Hà Văn Một"),
                candidate("c2", "Hà Văn Hai"), candidate("c3", "Hà Văn Ba"), candidate("c4", "Hà Văn Bốn")));
        As.secretariat().body(unknown).post(CONTESTS).then().statusCode(422)
                .body("errors.field", contains("bodyCode", "postCode", "candidates[0].personId"));
        As.secretariat().body(with(valid("TEST-REFUSED-POST"), "postCode", "INSPECTION-CHAIR-XII")).post(CONTESTS).then()
                .statusCode(422).body("errors[0].message", containsString("INSPECTION-COMMITTEE-XII"));
        given().get(CONTESTS + "/TEST-REFUSED-RULES").then().statusCode(404);
    }

    @Test
    void minutesThatDoNotAddUpAre422NamingEveryBrokenRule() {
        String code = "TEST-REFUSED-MINUTES";
        As.secretariat().body(valid(code)).post(CONTESTS).then().statusCode(201);
        // Collected 346 > issued 345, and valid 340 + invalid 5 ≠ 346 collected; c1 has more votes than valid ballots.
        Map<String, Object> minutes = sheet(new int[] {345, 345, 0}, new int[] {345, 346, 340, 5}, List.of(
                kept("c1", 341), kept("c2", 200), kept("c3", 200), kept("c4", 200), kept("c5", 100)));
        As.secretariat().body(minutes).post(sheets(code, 1)).then().statusCode(422)
                .body("errors.message", containsInAnyOrder(startsWith("valid-plus-invalid-not-collected: "),
                        startsWith("ballots-collected-exceed-issued: "),
                        startsWith("candidate-votes-exceed-valid-ballots: c1")));
        // A line with neither shape is malformed, not a broken rule.
        As.secretariat().body(with(minutes, "lines", List.of(Map.of("candidateId", "c1", "votes", 1, "agree", 1))))
                .post(sheets(code, 1)).then().statusCode(400).body("errors[0].field", equalTo("lines[0]"));
        given().get(sheets(code, 1)).then().statusCode(404);
        As.secretariat().body(sheet(new int[] {345, 345, 0}, new int[] {345, 345, 345, 0}, List.of(kept("c1", 1))))
                .post(sheets("NO-SUCH-CONTEST", 1)).then().statusCode(404);
    }

    @Test
    void writesToAnExistingContestNeedACurrentIfMatch() {
        String code = "TEST-REFUSED-IF-MATCH";
        As.secretariat().body(valid(code)).post(CONTESTS).then().statusCode(201);
        As.secretariat().post(CONTESTS + "/" + code + "/announcement").then().statusCode(428)
                .body("type", equalTo("urn:backan-congress:problem:precondition-required"));
        As.secretariat().header("If-Match", "\"v41\"").post(CONTESTS + "/" + code + "/announcement").then()
                .statusCode(412);
        As.secretariat().body(Map.of("decisionNumber", "1-QĐ/TW", "decisionDate", "2020-11-01"))
                .post(CONTESTS + "/" + code + "/approval").then().statusCode(409);
        As.secretariat().header("If-Match", etag(code)).body(Map.of("decisionNumber", "1-QĐ/TW", "decisionDate", "1.11.2020"))
                .post(CONTESTS + "/" + code + "/approval").then().statusCode(400);
        As.secretariat().body(sheet(new int[] {345, 345, 0}, new int[] {345, 345, 345, 0}, List.of(kept("c1", 1))))
                .post(sheets(code, 0)).then().statusCode(404);
    }

    @Test
    void theContractPublishesThePreconditionAnswersOfTheContestsPosts() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        for (String path : List.of(CONTESTS + "/{code}/announcement", CONTESTS + "/{code}/approval",
                CONTESTS + "/{code}/rounds/{round}/sheets")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) paths.get(path).get("post").get("responses");
            assertEquals(true, responses.keySet().containsAll(List.of("412", "428", "422", "409", "403")),
                    path + ": " + responses.keySet());
            assertEquals(true, responses.keySet().stream().anyMatch(s -> s.startsWith("2")), path + ": " + responses.keySet());
        }
    }

    @Test
    void aCreateReplayedWithItsIdempotencyKeyAnswersTheFirstAnswer() {
        Map<String, Object> body = valid("TEST-IDEMPOTENT");
        Response first = As.secretariat().header("Idempotency-Key", "contest-create-0001").body(body).post(CONTESTS);
        first.then().statusCode(201);
        Response again = As.secretariat().header("Idempotency-Key", "contest-create-0001").body(body).post(CONTESTS);
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location")).header("ETag", first.header("ETag"));
        assertEquals(first.asString(), again.asString());
        As.secretariat().header("Idempotency-Key", "contest-create-0001").body(with(body, "seats", 5)).post(CONTESTS)
                .then().statusCode(422).body("detail", containsString("Idempotency-Key"));
        // Without the key, the same create is a duplicate code.
        As.secretariat().body(body).post(CONTESTS).then().statusCode(409)
                .body("type", equalTo("urn:backan-congress:problem:conflict"));
        given().get(CONTESTS + "/TEST-IDEMPOTENT/history").then().body("action", contains("CREATE"));
    }
}
