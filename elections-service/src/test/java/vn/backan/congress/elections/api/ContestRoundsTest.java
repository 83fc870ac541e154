package vn.backan.congress.elections.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.backan.congress.elections.api.ContestRequests.CONTESTS;
import static vn.backan.congress.elections.api.ContestRequests.agree;
import static vn.backan.congress.elections.api.ContestRequests.candidate;
import static vn.backan.congress.elections.api.ContestRequests.contest;
import static vn.backan.congress.elections.api.ContestRequests.etag;
import static vn.backan.congress.elections.api.ContestRequests.kept;
import static vn.backan.congress.elections.api.ContestRequests.sheet;
import static vn.backan.congress.elections.api.ContestRequests.sheets;
import static vn.backan.congress.elections.api.ContestRequests.with;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;

/** Rounds after a tie, and corrections: a new version each, the old ones readable, the announcement undone. */
@QuarkusTest
class ContestRoundsTest {

    @Test
    void aTieAtTheLastSeatGoesToASecondRoundAmongTheTied() {
        String code = "TEST-ROUNDS-TIE";
        // 4 seats, 5 candidates (1 × 100 ≤ 30 × 4): strike-out. A committee of 47: minimum 47 / 2 + 1 = 24.
        As.secretariat().body(contest(code, "EXECUTIVE-COMMITTEE-XII", 4, 0, "STRIKE_OUT", "COMMITTEE_MEMBERS",
                "2020-10-28", List.of(candidate("k1", "Ma Văn Một"), candidate("k2", "Ma Văn Hai"),
                        candidate("k3", "Ma Văn Ba"), candidate("k4", "Ma Văn Bốn"), candidate("k5", "Ma Văn Năm"))))
                .post(CONTESTS).then().statusCode(201);
        int minimum = 47 / 2 + 1;
        int[] attendance = {47, 45, 2};
        int[] ballots = {45, 45, 45, 0};
        // No round 2 before round 1.
        As.secretariat().body(sheet(attendance, ballots, List.of(kept("k4", 30), kept("k5", 20))))
                .post(sheets(code, 2)).then().statusCode(409);
        // All pass (≥ 24). k1, k2, k3 take seats 1-3; k4 and k5 tie on 30 across the 4th seat: both pending.
        // 40 + 38 + 35 + 30 + 30 = 173 ≤ 45 ballots × 4 names = 180.
        As.secretariat().body(sheet(attendance, ballots, List.of(kept("k1", 40), kept("k2", 38), kept("k3", 35),
                kept("k4", 30), kept("k5", 30)))).post(sheets(code, 1)).then().statusCode(201)
                .body("result.minimumVotes", equalTo(minimum))
                .body("result.elected", contains("k1", "k2", "k3"))
                .body("result.tiedPendingNewRound", contains("k4", "k5"))
                .body("result.candidates.rank", contains(1, 2, 3, 4, 4))
                .body("result.seatsOpenAfter", equalTo(1)).body("result.newRoundNeeded", equalTo(true));
        given().get(CONTESTS + "/" + code).then().body("pending", equalTo(true))
                .body("nextRound.number", equalTo(2)).body("nextRound.candidateIds", contains("k4", "k5"))
                .body("nextRound.openSeats", equalTo(1));

        // Announcing while the tie waits is refused; the congress may decide to hold no further round.
        As.secretariat().header("If-Match", etag(code)).post(CONTESTS + "/" + code + "/announcement").then()
                .statusCode(422).body("detail", containsString("tie"));
        As.secretariat().header("If-Match", etag(code)).body(Map.of("leaveSeatsOpen", true))
                .post(CONTESTS + "/" + code + "/announcement").then().statusCode(200)
                .body("state", equalTo("ANNOUNCED")).body("seatsLeftOpen", equalTo(true));

        // It holds one after all: round 2 among the tied, for the one seat left, puts it back to RECORDED.
        // Only k4 and k5 are on the ballot; k1 is not.
        As.secretariat().body(sheet(attendance, ballots, List.of(kept("k1", 30), kept("k4", 28), kept("k5", 17))))
                .post(sheets(code, 2)).then().statusCode(422)
                .body("errors.message", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith(
                        "candidate-not-on-ballot: k1")));
        // 28 + 17 = 45 ≤ 45 ballots × 1 name; 28 ≥ 24.
        As.secretariat().body(sheet(attendance, ballots, List.of(kept("k4", 28), kept("k5", 17))))
                .post(sheets(code, 2)).then().statusCode(201)
                .body("result.elected", contains("k4")).body("result.newRoundNeeded", equalTo(false));
        given().get(CONTESTS + "/" + code).then().body("state", equalTo("RECORDED"))
                .body("seatsLeftOpen", equalTo(false)).body("announcedAt", nullValue())
                .body("rounds.number", contains(1, 2)).body("rounds[1].electedEarlier", contains("k1", "k2", "k3"))
                .body("pending", equalTo(false)).body("nextRound", nullValue());
        As.secretariat().body(sheet(attendance, ballots, List.of(kept("k5", 30)))).post(sheets(code, 3)).then()
                .statusCode(409);
        given().get(CONTESTS + "/" + code + "/results").then().statusCode(200)
                .body("round", contains(1, 1, 1, 1, 1, 2, 2))
                .body("findAll { it.round == 2 }.outcome", contains("ELECTED", "NOT_ELECTED"));
    }

    @Test
    void aCorrectionIsANewVersionAndTheOldOneStaysReadable() {
        String code = "TEST-ROUNDS-CORRECTION";
        // 2 seats, 2 candidates: no surplus, agree/disagree ballots. A committee of 47: minimum 24.
        As.secretariat().body(contest(code, "INSPECTION-COMMITTEE-XII", 2, 0, "AGREE_DISAGREE", "COMMITTEE_MEMBERS",
                "2020-10-28", List.of(candidate("x", "Đinh Văn Xuân"), candidate("y", "Đinh Thị Yến"))))
                .post(CONTESTS).then().statusCode(201);
        int[] attendance = {47, 45, 2};
        int[] ballots = {45, 45, 45, 0};
        // y: 20 < 24 does not pass; one seat stays open.
        Map<String, Object> first = sheet(attendance, ballots, List.of(agree("x", 40, 3, 2), agree("y", 20, 20, 5)));
        As.secretariat().body(first).post(sheets(code, 1)).then().statusCode(201)
                .body("result.candidates.outcome", contains("ELECTED", "NOT_ELECTED"));
        // The committee finds 10 ballots were put on the wrong pile: y had 30 (30 + 12 + 3 = 45).
        Map<String, Object> corrected = with(sheet(attendance, ballots, List.of(agree("x", 40, 3, 2),
                agree("y", 30, 12, 3))), "correctionReason", "Kiểm lại: 10 phiếu bị xếp nhầm");
        As.secretariat().body(corrected).post(sheets(code, 1)).then().statusCode(428);
        As.secretariat().header("If-Match", "\"v999\"").body(corrected).post(sheets(code, 1)).then().statusCode(412);
        String etag = etag(code);
        As.secretariat().header("If-Match", etag).body(with(corrected, "correctionReason", null)).post(sheets(code, 1))
                .then().statusCode(422).body("errors[0].field", equalTo("correctionReason"));
        As.secretariat().header("If-Match", etag).body(corrected).post(sheets(code, 1)).then().statusCode(201)
                .header("Location", endsWith(sheets(code, 1) + "/2"))
                .body("version", equalTo(2)).body("correctionReason", equalTo("Kiểm lại: 10 phiếu bị xếp nhầm"))
                .body("result.candidates.outcome", contains("ELECTED", "ELECTED"));

        given().get(sheets(code, 1)).then().statusCode(200).body("version", contains(1, 2))
                .body("current", contains(false, true))
                .body("[0].lines.find { it.candidateId == 'y' }.agree", equalTo(20))
                .body("[0].result.candidates.find { it.candidateId == 'y' }.outcome", equalTo("NOT_ELECTED"));
        given().get(sheets(code, 1) + "/1").then().statusCode(200).body("current", equalTo(false))
                .body("result.elected", contains("x")).body("result.seatsOpenAfter", equalTo(1));
        given().get(sheets(code, 1) + "/3").then().statusCode(404);
        given().get(CONTESTS + "/" + code).then().body("rounds[0].currentVersion", equalTo(2))
                .body("rounds[0].result.elected", contains("x", "y"));

        // A correction after the announcement puts the contest back to RECORDED: it must be announced again.
        As.secretariat().header("If-Match", etag(code)).post(CONTESTS + "/" + code + "/announcement").then()
                .statusCode(200).body("state", equalTo("ANNOUNCED"));
        As.secretariat().header("If-Match", etag(code)).body(with(corrected, "correctionReason", "Sửa tên ban kiểm phiếu"))
                .post(sheets(code, 1)).then().statusCode(201).body("version", equalTo(3));
        given().get(CONTESTS + "/" + code).then().body("state", equalTo("RECORDED")).body("announcedAt", nullValue());
        given().get(CONTESTS + "/" + code + "/history").then()
                .body("action", contains("CREATE", "RECORD_SHEET", "CORRECT_SHEET", "ANNOUNCE", "CORRECT_SHEET"));
    }
}
