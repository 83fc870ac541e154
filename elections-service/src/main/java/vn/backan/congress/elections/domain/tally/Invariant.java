package vn.backan.congress.elections.domain.tally;

/**
 * A rule a contest, a round or a counting sheet must keep, with the stable machine code a 422 names.
 * Codes are part of the API: never renamed, never reused. Each one cites where it comes from in
 * docs/election-rules.md; the ones marked "follows from" are arithmetic consequences of a cited rule.
 */
public enum Invariant {

    // --- the contest ---
    /** At least one official seat; alternate seats never negative. */
    SEATS_NOT_POSITIVE("seats-not-positive"),
    /** "Ballots": at most 30 % more candidates than seats (official + alternate: one list). */
    CANDIDATE_SURPLUS_OVER_LIMIT("candidate-surplus-over-30-percent"),
    /** "Ballots": strike-out with surplus, agree/disagree without. */
    BALLOT_STYLE_DOES_NOT_MATCH_SURPLUS("ballot-style-does-not-match-surplus"),
    /** A name appears twice on the contest's list or a round's ballot. */
    CANDIDATE_LISTED_TWICE("candidate-listed-twice"),
    /** A contest or round with nobody on the ballot. */
    NO_CANDIDATES("no-candidates"),

    // --- the round ---
    /** "Rounds, surplus and ties": a further round is for the seats left; none are left. */
    ROUND_HAS_NO_OPEN_SEATS("round-has-no-open-seats"),
    /** A round's ballot names someone not on the contest's list. */
    ROUND_CANDIDATE_NOT_IN_CONTEST("round-candidate-not-in-contest"),
    /** "Rounds, surplus and ties": a further round is for the seats left, so not for someone already holding one. */
    ROUND_CANDIDATE_ALREADY_ELECTED("round-candidate-already-elected"),

    // --- the counting minutes ---
    /** No count in the minutes is below zero. */
    NEGATIVE_COUNT("negative-count"),
    /** Follows from the attendance fields: present + absent = summoned. */
    PRESENT_PLUS_ABSENT_NOT_SUMMONED("present-plus-absent-not-summoned"),
    /** Follows from 244 art. 32.3: the two deductions are among the absent. */
    ABSENTEE_DEDUCTIONS_EXCEED_ABSENT("absentee-deductions-exceed-absent"),
    /** Statute art. 12.3: a majority of nobody is not a majority. */
    THRESHOLD_BASE_NOT_POSITIVE("threshold-base-not-positive"),
    /** Minutes invariant: valid + invalid = collected. */
    VALID_PLUS_INVALID_NOT_COLLECTED("valid-plus-invalid-not-collected"),
    /** Minutes invariant: collected ≤ issued. */
    BALLOTS_COLLECTED_EXCEED_ISSUED("ballots-collected-exceed-issued"),
    /** Minutes field "invalid (with reasons)": the reasons add up to the invalid ballots. */
    INVALID_REASONS_DO_NOT_ADD_UP("invalid-reasons-do-not-add-up"),
    /** A line's shape is not the contest's ballot style. */
    LINE_DOES_NOT_MATCH_BALLOT_STYLE("line-does-not-match-ballot-style"),
    /** A line for someone not on this round's ballot. */
    CANDIDATE_NOT_ON_BALLOT("candidate-not-on-ballot"),
    /** Someone on this round's ballot has no line. */
    CANDIDATE_LINE_MISSING("candidate-line-missing"),
    /** Two lines for one candidate. */
    CANDIDATE_LINE_DUPLICATED("candidate-line-duplicated"),
    /** Minutes invariant: each candidate's votes ≤ valid ballots (244 art. 32.1). */
    CANDIDATE_VOTES_EXCEED_VALID_BALLOTS("candidate-votes-exceed-valid-ballots"),
    /** Minutes invariant, agree/disagree ballots: for + against + not counted = valid. */
    AGREE_DISAGREE_NOT_VALID("agree-disagree-not-counted-not-valid"),
    /** Follows from "Ballots": a valid ballot keeps at most as many names as there are seats. */
    VOTES_EXCEED_NAMES_ALLOWED("votes-exceed-names-allowed"),
    /** Minutes invariant: winners ≤ seats. */
    WINNERS_EXCEED_SEATS("winners-exceed-seats"),
    /** The declared winners are not those the votes elect, in descending order of votes. */
    ANNOUNCED_WINNERS_DISAGREE_WITH_COUNT("announced-winners-disagree-with-count");

    private final String code;

    Invariant(String code) {
        this.code = code;
    }

    /** The stable machine code, e.g. "ballots-collected-exceed-issued". */
    public String code() {
        return code;
    }
}
