package vn.backan.congress.elections.domain.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.backan.congress.elections.domain.tally.Fixtures.outcome;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Surplus and ties in one round (docs/election-rules.md, "Rounds, surplus and ties"). */
class SeatsTest {

    private final ContestSpec contest = Fixtures.fourSeatsFiveCandidates();

    @Test
    void more_passers_than_seats_the_highest_take_the_seats_in_order() {
        // All five pass 173; four seats. Ballot order is not vote order.
        TallySheet sheet = Fixtures.all345PresentAndValid()
                .kept("c1", 210).kept("c2", 250).kept("c3", 230).kept("c4", 240).kept("c5", 220)
                .build();

        TallyResult result = Tally.count(contest, sheet);

        // By votes: c2 250, c4 240, c3 230, c5 220 take the four seats; c1 210 passed but comes fifth.
        assertEquals(List.of("c2", "c4", "c3", "c5"), result.elected());
        assertTrue(result.candidate("c1").orElseThrow().passed());
        assertEquals(Outcome.NOT_ELECTED, outcome(result, "c1"));
        assertEquals(5, result.candidate("c1").orElseThrow().rank());
        assertEquals(1, result.candidate("c2").orElseThrow().rank());
        assertEquals(List.of("c2", "c4", "c3", "c5", "c1"),
                result.candidates().stream().map(CandidateResult::candidateId).toList());
        assertEquals(0, result.seatsOpenAfter());
        assertFalse(result.newRoundNeeded());
        assertTrue(result.nextRound().isEmpty());
    }

    @Test
    void a_tie_at_the_last_seat_leaves_it_open_for_a_new_round_among_the_tied() {
        TallySheet sheet = Fixtures.all345PresentAndValid()
                .kept("c1", 300).kept("c2", 290).kept("c3", 280).kept("c4", 250).kept("c5", 250)
                .build();

        TallyResult result = Tally.count(contest, sheet);

        // c4 and c5 hold positions 4 and 5 with 250 each: the fourth seat cannot be given by votes.
        assertEquals(List.of("c1", "c2", "c3"), result.elected());
        assertEquals(List.of("c4", "c5"), result.tiedPendingNewRound());
        assertEquals(Outcome.TIED_PENDING_NEW_ROUND, outcome(result, "c5"));
        assertEquals(4, result.candidate("c4").orElseThrow().rank());
        assertEquals(4, result.candidate("c5").orElseThrow().rank(), "equal votes, equal rank");
        assertEquals(4 - 3, result.seatsOpenAfter());
        assertTrue(result.newRoundNeeded());

        Round next = result.nextRound().orElseThrow();
        assertEquals(new Round(2, List.of("c4", "c5"), List.of("c1", "c2", "c3"), List.of()), next);

        // Round 2: one seat, so a valid ballot keeps at most one name; 345 valid.
        TallySheet second = Fixtures.all345PresentAndValid().kept("c4", 190).kept("c5", 150).build();
        TallyResult decided = Tally.count(contest, next, second);

        assertEquals(345 / 2 + 1, decided.minimumVotes()); // 173: the same majority in every round
        assertEquals(List.of("c4"), decided.elected());
        assertEquals(Outcome.NOT_ELECTED, outcome(decided, "c5"));
        assertFalse(decided.newRoundNeeded());
    }

    @Test
    void a_tie_inside_the_seats_elects_all_the_tied() {
        TallySheet sheet = Fixtures.all345PresentAndValid()
                .kept("c1", 300).kept("c2", 260).kept("c3", 260).kept("c4", 250).kept("c5", 200)
                .build();

        TallyResult result = Tally.count(contest, sheet);

        // c2 and c3 hold positions 2 and 3, both inside the four seats.
        assertEquals(List.of("c1", "c2", "c3", "c4"), result.elected());
        assertEquals(2, result.candidate("c3").orElseThrow().rank());
        assertEquals(4, result.candidate("c4").orElseThrow().rank(), "competition ranking skips 3");
        assertTrue(result.tiedPendingNewRound().isEmpty());
    }

    @Test
    void a_tie_between_passers_below_the_last_seat_needs_no_new_round() {
        // Seven seats, nine candidates: 2 × 100 ≤ 30 × 7 = 210, within the surplus.
        ContestSpec seven = Fixtures.congressContest(7, 0,
                List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"));
        TallySheet sheet = Fixtures.all345PresentAndValid()
                .kept("a", 300).kept("b", 290).kept("c", 280).kept("d", 270).kept("e", 260).kept("f", 250)
                .kept("g", 240).kept("h", 200).kept("i", 200)
                .build();

        TallyResult result = Tally.count(seven, sheet);

        // h and i pass (200 ≥ 173) with equal votes at positions 8 and 9: both past the seventh seat.
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g"), result.elected());
        assertEquals(Outcome.NOT_ELECTED, outcome(result, "h"));
        assertEquals(Outcome.NOT_ELECTED, outcome(result, "i"));
        assertEquals(8, result.candidate("i").orElseThrow().rank());
        assertFalse(result.newRoundNeeded());
    }

    @Test
    void a_tie_across_the_last_alternate_seat_is_pending_too() {
        // 3 official + 1 alternate: one list of 4 positions; 5 candidates, 1 × 100 ≤ 30 × 4.
        ContestSpec contest = Fixtures.congressContest(3, 1, List.of("c1", "c2", "c3", "c4", "c5"));
        TallySheet sheet = Fixtures.all345PresentAndValid()
                .kept("c1", 250).kept("c2", 240).kept("c3", 230).kept("c4", 220).kept("c5", 220)
                .build();

        TallyResult result = Tally.count(contest, sheet);

        // c4 and c5 sit at positions 4 and 5, across the only alternate seat.
        assertEquals(List.of("c1", "c2", "c3"), result.elected());
        assertTrue(result.alternates().isEmpty());
        assertEquals(List.of("c4", "c5"), result.tiedPendingNewRound());
        assertEquals(0, result.seatsOpenAfter());
        assertEquals(1, result.alternateSeatsOpenAfter());
        assertEquals(List.of("c4", "c5"), result.nextRound().orElseThrow().candidateIds());
    }

    @Test
    void a_tie_among_candidates_who_did_not_pass_is_no_tie_for_a_seat() {
        TallySheet sheet = Fixtures.all345PresentAndValid()
                .kept("c1", 300).kept("c2", 290).kept("c3", 280).kept("c4", 100).kept("c5", 100)
                .build();

        TallyResult result = Tally.count(contest, sheet);

        // 100 < 173: neither passes, so the fourth seat is simply left open.
        assertEquals(List.of("c1", "c2", "c3"), result.elected());
        assertTrue(result.tiedPendingNewRound().isEmpty());
        assertEquals(Outcome.NOT_ELECTED, outcome(result, "c4"));
        assertEquals(1, result.seatsOpenAfter());
    }
}
