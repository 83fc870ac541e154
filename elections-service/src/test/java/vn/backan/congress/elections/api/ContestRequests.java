package vn.backan.congress.elections.api;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies and calls the contest tests share; every number a test asserts is worked in the test. */
final class ContestRequests {

    static final String CONTESTS = "/api/v1/contests";

    private ContestRequests() {
    }

    /** A contest body; ballot style, electorate and date are the caller's. */
    static Map<String, Object> contest(String code, String body, int seats, int alternateSeats, String ballotStyle,
            String electorate, String heldOn, List<Map<String, Object>> candidates) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("code", code);
        c.put("bodyCode", body);
        c.put("name", Map.of("vi", "Bầu cử thử " + code, "en", "Test election " + code));
        c.put("seats", seats);
        c.put("alternateSeats", alternateSeats);
        c.put("ballotStyle", ballotStyle);
        c.put("ruleSet", "244-2014");
        c.put("electorate", electorate);
        c.put("heldOn", heldOn);
        c.put("candidates", candidates);
        return c;
    }

    static Map<String, Object> candidate(String id, String name) {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("id", id);
        k.put("name", name);
        return k;
    }

    static Map<String, Object> person(String personId, String name) {
        return Map.of("personId", personId, "name", name);
    }

    /** The minutes: attendance (summoned, present, absent), ballots (issued, collected, valid, invalid), lines. */
    static Map<String, Object> sheet(int[] attendance, int[] ballots, List<Map<String, Object>> lines) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("countingCommittee", List.of("Trưởng ban kiểm phiếu", "Ủy viên"));
        s.put("summoned", attendance[0]);
        s.put("present", attendance[1]);
        s.put("absent", attendance[2]);
        s.put("ballotsIssued", ballots[0]);
        s.put("ballotsCollected", ballots[1]);
        s.put("validBallots", ballots[2]);
        s.put("invalidBallots", ballots[3]);
        s.put("lines", lines);
        return s;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    static Map<String, Object> kept(String candidateId, int votes) {
        return Map.of("candidateId", candidateId, "votes", votes);
    }

    static Map<String, Object> agree(String candidateId, int agree, int disagree, int notCounted) {
        return Map.of("candidateId", candidateId, "agree", agree, "disagree", disagree, "notCounted", notCounted);
    }

    static String etag(String code) {
        return given().get(CONTESTS + "/" + code).then().statusCode(200).extract().header("ETag");
    }

    static String sheets(String code, int round) {
        return CONTESTS + "/" + code + "/rounds/" + round + "/sheets";
    }
}
