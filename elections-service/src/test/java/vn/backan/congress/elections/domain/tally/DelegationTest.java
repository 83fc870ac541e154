package vn.backan.congress.elections.domain.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.backan.congress.elections.domain.tally.Fixtures.outcome;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A delegation to the 13th National Congress: 16 official + 1 alternate from one list
 * (docs/election-rules.md, "Rounds, surplus and ties"; seed section IV.4).
 */
class DelegationTest {

    /** d01..d20: 20 candidates for 16 + 1 = 17 positions, 3 × 100 ≤ 30 × 17 = 510. */
    private static final List<String> CANDIDATES = ids(20);

    private final ContestSpec delegation = Fixtures.congressContest(16, 1, CANDIDATES);

    @Test
    void sixteen_official_are_filled_first_then_one_alternate() {
        // d01..d14 from 330 down by 10 to 200, then 195, 190, 185, 180, 170, 100.
        int[] votes = {330, 320, 310, 300, 290, 280, 270, 260, 250, 240, 230, 220, 210, 200,
            195, 190, 185, 180, 170, 100};

        TallyResult result = Tally.count(delegation, sheet(votes));

        // Minimum 345 / 2 + 1 = 173: d01..d18 pass (d18 180), d19 (170) and d20 (100) do not.
        assertEquals(CANDIDATES.subList(0, 16), result.elected());
        assertEquals(List.of("d17"), result.alternates());
        assertEquals(Outcome.ALTERNATE, outcome(result, "d17"));
        assertEquals(17, result.candidate("d17").orElseThrow().rank());
        assertTrue(result.candidate("d18").orElseThrow().passed());
        assertEquals(Outcome.NOT_ELECTED, outcome(result, "d18"), "passed, but all 17 positions are taken");
        assertEquals(Outcome.NOT_ELECTED, outcome(result, "d19"));
        assertEquals(0, result.seatsOpenAfter());
        assertEquals(0, result.alternateSeatsOpenAfter());
        assertTrue(result.nextRound().isEmpty());
    }

    @Test
    void a_tie_between_the_sixteenth_and_seventeenth_decides_who_is_official_in_a_new_round() {
        int[] votes = {330, 320, 310, 300, 290, 280, 270, 260, 250, 240, 230, 220, 210, 200,
            195, 185, 185, 180, 170, 100};

        TallyResult result = Tally.count(delegation, sheet(votes));

        // d16 and d17 (185 each) sit at positions 16 and 17: one official seat, one alternate.
        assertEquals(CANDIDATES.subList(0, 15), result.elected());
        assertEquals(List.of("d16", "d17"), result.tiedPendingNewRound());
        assertEquals(Outcome.NOT_ELECTED, outcome(result, "d18"), "position 18 is past the 17 positions");
        assertEquals(16 - 15, result.seatsOpenAfter());
        assertEquals(1 - 0, result.alternateSeatsOpenAfter());

        Round second = result.nextRound().orElseThrow();
        assertEquals(List.of("d16", "d17"), second.candidateIds());
        // Round 2: 1 seat + 1 alternate = 2 names per ballot; 250 + 200 = 450 ≤ 345 × 2 = 690.
        TallyResult decided = Tally.count(delegation, second,
                Fixtures.all345PresentAndValid().kept("d16", 250).kept("d17", 200).build());

        assertEquals(List.of("d16"), decided.elected());
        assertEquals(List.of("d17"), decided.alternates());
        assertEquals(0, decided.seatsOpenAfter() + decided.alternateSeatsOpenAfter());
    }

    @Test
    void an_alternate_seat_nobody_passes_for_goes_to_a_further_round() {
        int[] votes = {330, 320, 310, 300, 290, 280, 270, 260, 250, 240, 230, 220, 210, 200,
            195, 190, 172, 160, 150, 100};

        TallyResult result = Tally.count(delegation, sheet(votes));

        // 16 pass; d17 falls one short of 173: the official seats are full, the alternate seat is open.
        assertEquals(16, result.elected().size());
        assertTrue(result.alternates().isEmpty());
        assertEquals(1, result.alternateSeatsOpenAfter());

        Round second = result.nextRound().orElseThrow();
        assertEquals(List.of("d17", "d18", "d19", "d20"), second.candidateIds());
        assertEquals(0, second.openSeats(delegation));
        // One alternate seat: one name per ballot; 200 + 80 + 40 + 20 = 340 ≤ 345.
        TallyResult decided = Tally.count(delegation, second, Fixtures.all345PresentAndValid()
                .kept("d17", 200).kept("d18", 80).kept("d19", 40).kept("d20", 20).build());

        assertEquals(List.of("d17"), decided.alternates());
        assertTrue(decided.elected().isEmpty());
    }

    /** 345 present, all valid; the lines are written last candidate first: their order must not matter. */
    private static TallySheet sheet(int[] votes) {
        TallySheet.Builder builder = Fixtures.all345PresentAndValid();
        for (int i = votes.length - 1; i >= 0; i--) {
            builder.kept(CANDIDATES.get(i), votes[i]);
        }
        return builder.build();
    }

    private static List<String> ids(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ids.add(String.format("d%02d", i));
        }
        return List.copyOf(ids);
    }
}
