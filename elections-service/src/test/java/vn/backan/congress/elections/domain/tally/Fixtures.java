package vn.backan.congress.elections.domain.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.function.Executable;

/** Contests and sheet skeletons shared by the tally tests. Every number a test asserts is worked in the test. */
final class Fixtures {

    private Fixtures() {
    }

    /** A contest of the 2020 provincial congress: delegates vote, strike-out ballots, regulation 244. */
    static ContestSpec congressContest(int seats, int alternateSeats, List<String> candidates) {
        return new ContestSpec("test-contest", seats, alternateSeats, BallotStyle.STRIKE_OUT, RuleSet.RULES_244_2014,
                Electorate.CONGRESS_DELEGATES, candidates);
    }

    /** Four seats, five candidates c1..c5: a 25 % surplus, within the 30 % limit (1 × 100 ≤ 30 × 4). */
    static ContestSpec fourSeatsFiveCandidates() {
        return congressContest(4, 0, List.of("c1", "c2", "c3", "c4", "c5"));
    }

    /** The 345 delegates of the 2020 congress, all present, every ballot valid. */
    static TallySheet.Builder all345PresentAndValid() {
        return TallySheet.builder()
                .countingCommittee(List.of("Trưởng ban kiểm phiếu", "Ủy viên 1", "Ủy viên 2"))
                .attendance(345, 345, 0)
                .ballots(345, 345, 345, 0);
    }

    /** 345 summoned, 5 absent (none of them deducted), 340 ballots of which 335 valid. */
    static TallySheet.Builder usualSheet() {
        return TallySheet.builder()
                .attendance(345, 340, 5)
                .ballots(340, 340, 335, 5);
    }

    static Outcome outcome(TallyResult result, String candidateId) {
        return result.candidate(candidateId).orElseThrow().outcome();
    }

    /** Asserts the call is refused for exactly this one rule, named by its stable code. */
    static void rejects(Invariant expected, String code, Executable count) {
        TallyRejected rejected = assertThrows(TallyRejected.class, count);
        assertEquals(List.of(expected), rejected.invariants());
        assertEquals(code, rejected.violations().get(0).code());
        assertTrue(rejected.getMessage().startsWith(code + ": "), rejected.getMessage());
    }
}
