package vn.backan.congress.elections.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.backan.congress.elections.api.ContestRequests.CONTESTS;
import static vn.backan.congress.elections.api.ContestRequests.candidate;
import static vn.backan.congress.elections.api.ContestRequests.contest;
import static vn.backan.congress.elections.api.ContestRequests.kept;
import static vn.backan.congress.elections.api.ContestRequests.person;
import static vn.backan.congress.elections.api.ContestRequests.sheet;
import static vn.backan.congress.elections.api.ContestRequests.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;

/**
 * A delegation to the higher congress from creation to approval: 3 official seats and 1 alternate
 * on one list, the minutes of the vote, the announcement, the approval, and the memberships it
 * creates, which show up on the body from the decision date.
 */
@QuarkusTest
class ContestLifecycleTest {

    private static final String CODE = "TEST-LIFECYCLE-DELEGATION";
    private static final String DELEGATION = "DELEGATION-XIII-NATIONAL-CONGRESS";

    @Test
    void aContestGoesFromRecordedToAnnouncedToApprovedAndItsWinnersSit() throws Exception {
        // 5 candidates for 3 + 1 seats: 1 × 100 ≤ 30 × 4, within the 30 % surplus, so strike-out ballots.
        // "Nguyễn Văn Bình" and "Nguyen Van Binh" fold alike but are two people: explicit candidate ids.
        String created = As.secretariat().body(contest(CODE, DELEGATION, 3, 1, "STRIKE_OUT", "CONGRESS_DELEGATES", "2020-10-28", List.of(
                person("hoang-duy-chinh", "Hoàng Duy Chinh"), candidate("nguyen-van-binh", "Nguyễn Văn Bình"),
                candidate("nguyen-van-binh-ascii", "Nguyen Van Binh"), candidate(null, "Hà Thị Liễu"),
                candidate(null, "Lục Văn Sơn"))))
                .post(CONTESTS).then().statusCode(201)
                .header("Location", endsWith(CONTESTS + "/" + CODE))
                .body("state", equalTo("RECORDED")).body("pending", equalTo(true))
                .body("candidates.id", contains("hoang-duy-chinh", "nguyen-van-binh", "nguyen-van-binh-ascii",
                        "ha-thi-lieu", "luc-van-son"))
                .body("nextRound.number", equalTo(1)).body("nextRound.openSeats", equalTo(3))
                .body("nextRound.openAlternateSeats", equalTo(1)).extract().header("ETag");
        String etag = given().get(CONTESTS + "/" + CODE).then().statusCode(200).extract().header("ETag");
        // One ETag scheme: the hash of the representation, so the create's tag is the one GET serves.
        assertEquals(created, etag);
        given().header("If-None-Match", etag).get(CONTESTS + "/" + CODE).then().statusCode(304);
        As.secretariat().header("If-Match", etag).post(CONTESTS + "/" + CODE + "/announcement").then().statusCode(422)
                .body("errors[0].field", equalTo("rounds"));

        // 345 summoned, 340 present, 5 absent: 2 ex officio and 1 elected delegate without an
        // alternate were absent throughout, so base = 345 − 2 − 1 = 342.
        int base = 345 - 2 - 1;
        int minimum = base / 2 + 1; // 172
        Map<String, Object> minutes = with(with(with(sheet(new int[] {345, 340, 5}, new int[] {340, 340, 335, 5},
                List.of(kept("hoang-duy-chinh", 300), kept("nguyen-van-binh", 280), kept("nguyen-van-binh-ascii", 250),
                        kept("ha-thi-lieu", 200), kept("luc-van-son", 150))),
                "exOfficioAbsentThroughout", 2), "electedAbsentThroughoutWithoutAlternate", 1),
                "invalidByReason", Map.of("NOT_ISSUED_BY_COUNTING_COMMITTEE", 2, "MORE_NAMES_KEPT_THAN_SEATS", 3));
        minutes = with(minutes, "announcement", Map.of("elected", List.of("hoang-duy-chinh", "nguyen-van-binh",
                "nguyen-van-binh-ascii"), "alternates", List.of("ha-thi-lieu"), "announcedAt", "2020-10-28T03:30:00Z"));
        JsonPath result = As.secretariat().body(minutes).post(ContestRequests.sheets(CODE, 1)).then().statusCode(201)
                .header("Location", endsWith(ContestRequests.sheets(CODE, 1) + "/1"))
                .body("version", equalTo(1)).body("current", equalTo(true))
                .body("result.thresholdBase.summoned", equalTo(345))
                .body("result.thresholdBase.exOfficioAbsentDeducted", equalTo(2))
                .body("result.thresholdBase.electedAbsentDeducted", equalTo(1))
                .body("result.thresholdBase.value", equalTo(base)).body("result.minimumVotes", equalTo(minimum))
                .extract().jsonPath();
        // 300, 280, 250 take the 3 seats; 200 ≥ 172 is next: the alternate; 150 < 172 did not pass.
        assertEquals(List.of("hoang-duy-chinh", "nguyen-van-binh", "nguyen-van-binh-ascii", "ha-thi-lieu",
                "luc-van-son"), result.getList("result.candidates.candidateId"));
        assertEquals(List.of("ELECTED", "ELECTED", "ELECTED", "ALTERNATE", "NOT_ELECTED"),
                result.getList("result.candidates.outcome"));
        assertEquals(List.of(true, true, true, true, false), result.getList("result.candidates.passed"));
        assertEquals(List.of(1, 2, 3, 4, 5), result.getList("result.candidates.rank"));
        assertEquals("Trúng cử dự khuyết", result.getString("result.candidates[3].outcomeLabel.vi"));
        assertEquals("Not elected", result.getString("result.candidates[4].outcomeLabel.en"));
        // 300 × 100 / 342 = 87.719… → 87.72
        assertEquals(percent(300, base).doubleValue(), result.getDouble("result.candidates[0].percentOfBase"), 1e-9);
        assertEquals(87.72, percent(300, base).doubleValue(), 1e-9);
        assertEquals(false, result.getBoolean("result.newRoundNeeded"));

        String afterSheet = given().get(CONTESTS + "/" + CODE).then().statusCode(200)
                .body("pending", equalTo(false)).body("nextRound", nullValue())
                .body("rounds[0].currentVersion", equalTo(1)).extract().header("ETag");
        assertNotEquals(etag, afterSheet);

        As.secretariat().header("If-Match", afterSheet).body(approvalOn("2020-11-20"))
                .post(CONTESTS + "/" + CODE + "/approval").then().statusCode(409);
        String announced = As.secretariat().header("If-Match", afterSheet).post(CONTESTS + "/" + CODE + "/announcement")
                .then().statusCode(200).body("state", equalTo("ANNOUNCED")).body("announcedAt", not(nullValue()))
                .extract().header("ETag");

        String members = "/api/v1/bodies/" + DELEGATION + "/members";
        JsonPath approved = As.secretariat().header("If-Match", announced).body(approvalOn("2020-11-20"))
                .post(CONTESTS + "/" + CODE + "/approval").then().statusCode(200)
                .body("contest.state", equalTo("APPROVED")).body("contest.decisionNumber", equalTo("99-QĐ/TW"))
                .body("contest.decisionDate", equalTo("2020-11-20")).body("memberships", org.hamcrest.Matchers.hasSize(4))
                .extract().jsonPath();
        // Two people who fold alike get two ids; the existing person is linked, not copied.
        List<String> people = approved.getList("contest.candidates.personId");
        assertEquals("hoang-duy-chinh", people.get(0));
        assertEquals(List.of("nguyen-van-binh", "ha-thi-lieu"), List.of(people.get(1), people.get(3)));
        assertEquals("nguyen-van-binh-2", people.get(2));
        assertEquals(null, people.get(4), "not elected: no person is created");
        String approvedETag = given().get(CONTESTS + "/" + CODE).then().extract().header("ETag");
        As.secretariat().header("If-Match", approvedETag).body(approvalOn("2020-11-21"))
                .post(CONTESTS + "/" + CODE + "/approval").then().statusCode(409);
        As.secretariat().header("If-Match", approvedETag).body(minutes).post(ContestRequests.sheets(CODE, 1)).then()
                .statusCode(409);

        // The memberships start on the decision date, not the day before.
        given().queryParam("asOf", "2020-11-19").get(members).then().statusCode(200).body("", empty());
        given().queryParam("asOf", "2020-11-20").get(members).then().statusCode(200)
                .body("person.id", containsInAnyOrder("hoang-duy-chinh", "nguyen-van-binh", "nguyen-van-binh-2",
                        "ha-thi-lieu"))
                .body("find { it.person.id == 'ha-thi-lieu' }.role.vi", equalTo("Đại biểu dự khuyết"))
                .body("find { it.person.id == 'nguyen-van-binh-2' }.role.en", equalTo("Delegate"))
                .body("startReason", hasItems("ELECTED")).body("contestCode", hasItems(CODE));
        given().get("/api/v1/people/nguyen-van-binh-2").then().statusCode(200)
                .body("name", equalTo("Nguyen Van Binh")).body("givenName", equalTo("Binh"))
                .body("memberships[0].startDate", equalTo("2020-11-20"));
        given().get("/api/v1/popolo").then().body("persons.find { it.id == 'ha-thi-lieu' }.sort_name",
                equalTo("Liễu, Hà Thị")).body("memberships.findAll { it.organization_id == '" + DELEGATION
                        + "' }.person_id", hasItems("nguyen-van-binh", "nguyen-van-binh-2"));
        assertEquals(List.of(), PopoloExportTest.problems());
        given().get(CONTESTS + "/" + CODE + "/history").then().statusCode(200)
                .body("action", contains("CREATE", "RECORD_SHEET", "ANNOUNCE", "APPROVE"))
                .body("actor", hasItems("local-secretariat"));
        given().queryParam("state", "APPROVED").queryParam("body", DELEGATION).get(CONTESTS).then().statusCode(200)
                .body("items.code", contains(CODE)).header("Link", startsWith("<"));
    }

    @Test
    void resultsDownloadAsCsvOneRowPerCandidatePerRound() {
        String code = "TEST-RESULTS-CSV";
        As.secretariat().body(contest(code, "EXECUTIVE-COMMITTEE-XII", 1, 0, "AGREE_DISAGREE", "COMMITTEE_MEMBERS",
                "2020-10-28", List.of(candidate("vi-van-an", "Vi Văn An")))).post(CONTESTS).then().statusCode(201);
        // A committee of 47 electing from its members: base 47, minimum 47 / 2 + 1 = 24; 40 agree = 85.11 %.
        As.secretariat().body(sheet(new int[] {47, 45, 2}, new int[] {45, 45, 45, 0},
                List.of(ContestRequests.agree("vi-van-an", 40, 3, 2)))).post(ContestRequests.sheets(code, 1)).then()
                .statusCode(201).body("result.minimumVotes", equalTo(47 / 2 + 1));
        String csv = given().accept("text/csv").queryParam("bom", "false").get(CONTESTS + "/" + code + "/results").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("contest_code,round,sheet_version,candidate_id,candidate_name,votes,threshold_base,minimum_votes,"
                + "percent_of_base,passed,rank,outcome,outcome_vi,outcome_en", lines.get(0));
        assertEquals(code + ",1,1,vi-van-an,Vi Văn An,40,47,24," + percent(40, 47).toPlainString()
                + ",true,1,ELECTED,Trúng cử,Elected", lines.get(1));
        assertEquals("85.11", percent(40, 47).toPlainString());
        assertEquals(2, lines.size());
        given().queryParam("format", "csv").get(CONTESTS + "/" + code + "/results").then().statusCode(200)
                .contentType(startsWith("text/csv"));
        given().get(CONTESTS + "/" + code + "/results").then().statusCode(200)
                .body("[0].outcomeLabel.en", equalTo("Elected")).body("[0].percentOfBase", equalTo(85.11f));
        given().get(CONTESTS + "/NO-SUCH-CONTEST/results").then().statusCode(404);
        // Every contest's results in one table hold the same row; the contests list has one row per contest.
        String all = given().queryParam("format", "csv").queryParam("bom", "false").get("/api/v1/contest-results").then()
                .statusCode(200).extract().asString();
        assertEquals(lines.get(0), all.lines().findFirst().orElseThrow());
        assertEquals(true, all.lines().anyMatch(lines.get(1)::equals), all);
        String contests = given().queryParam("format", "csv").queryParam("bom", "false").get(CONTESTS).then()
                .statusCode(200).extract().asString();
        assertEquals("code,body_code,post_code,name_vi,name_en,seats,alternate_seats,ballot_style,rule_set,electorate,"
                + "held_on,state,pending,seats_left_open,announced_at,decision_number,decision_date,candidates,"
                + "rounds_counted,created_at", contests.lines().findFirst().orElseThrow());
        assertEquals(true, contests.lines().anyMatch(l -> l.startsWith(code + ",EXECUTIVE-COMMITTEE-XII,,Bầu cử thử "
                + code + ",Test election " + code + ",1,0,AGREE_DISAGREE,244-2014,COMMITTEE_MEMBERS,2020-10-28,RECORDED,"
                + "false,false,,,,1,1,")), contests);
    }

    private static Map<String, Object> approvalOn(String date) {
        return Map.of("decisionNumber", "99-QĐ/TW", "decisionDate", date);
    }

    private static BigDecimal percent(int votes, int base) {
        return BigDecimal.valueOf(votes * 100L).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP);
    }
}
