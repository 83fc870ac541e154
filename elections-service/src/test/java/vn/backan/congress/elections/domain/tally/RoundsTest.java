package vn.backan.congress.elections.domain.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Too few pass: vote again for the seats left, round after round (244 art. 20.2). */
class RoundsTest {

    private final ContestSpec contest = Fixtures.fourSeatsFiveCandidates();

    private TallyResult firstRound() {
        TallySheet sheet = Fixtures.all345PresentAndValid()
                .kept("c1", 200).kept("c2", 180).kept("c3", 170).kept("c4", 160).kept("c5", 150)
                .build();
        return Tally.count(contest, sheet);
    }

    @Test
    void too_few_pass_so_the_seats_left_go_to_a_second_round() {
        TallyResult first = firstRound();

        // Minimum 345 / 2 + 1 = 173: only c1 (200) and c2 (180) reach it; 4 − 2 = 2 seats left.
        assertEquals(List.of("c1", "c2"), first.elected());
        assertEquals(2, first.seatsOpenAfter());
        assertTrue(first.newRoundNeeded());

        Round second = first.nextRound().orElseThrow();
        assertEquals(2, second.number());
        assertEquals(List.of("c3", "c4", "c5"), second.candidateIds());
        assertEquals(List.of("c1", "c2"), second.electedEarlier());
        assertEquals(2, second.openSeats(contest));
        assertEquals(2, second.namesAllowedPerBallot(contest));

        // Round 2: 345 valid ballots × 2 names at most = 690 ≥ 200 + 180 + 100 = 480.
        TallySheet sheet = Fixtures.all345PresentAndValid().kept("c3", 200).kept("c4", 180).kept("c5", 100).build();
        TallyResult result = Tally.count(contest, second, sheet);

        assertEquals(List.of("c3", "c4"), result.elected());
        assertEquals(0, result.seatsOpenAfter());
        assertFalse(result.newRoundNeeded());
        assertTrue(result.nextRound().isEmpty());
    }

    @Test
    void each_round_is_recorded_until_the_seats_are_filled() {
        Round second = firstRound().nextRound().orElseThrow();
        // Round 2: only c3 passes (200 ≥ 173; 172 falls one short).
        TallyResult secondResult = Tally.count(contest, second,
                Fixtures.all345PresentAndValid().kept("c3", 200).kept("c4", 172).kept("c5", 100).build());
        assertEquals(List.of("c3"), secondResult.elected());
        assertEquals(1, secondResult.seatsOpenAfter());

        Round third = secondResult.nextRound().orElseThrow();
        assertEquals(new Round(3, List.of("c4", "c5"), List.of("c1", "c2", "c3"), List.of()), third);

        // Round 3: one seat, one name per ballot: 180 + 150 = 330 ≤ 345.
        TallyResult thirdResult = Tally.count(contest, third,
                Fixtures.all345PresentAndValid().kept("c4", 180).kept("c5", 150).build());
        assertEquals(List.of("c4"), thirdResult.elected());
        assertEquals(3, thirdResult.round().number());
        assertFalse(thirdResult.newRoundNeeded());
    }

    @Test
    void nobody_passing_leaves_every_seat_open() {
        TallyResult result = Tally.count(contest, Fixtures.all345PresentAndValid()
                .kept("c1", 172).kept("c2", 160).kept("c3", 150).kept("c4", 140).kept("c5", 130).build());

        assertTrue(result.elected().isEmpty());
        assertEquals(4, result.seatsOpenAfter());
        assertEquals(List.of("c1", "c2", "c3", "c4", "c5"), result.nextRound().orElseThrow().candidateIds());
    }

    @Test
    void a_later_round_allows_only_as_many_names_as_seats_left() {
        Round second = firstRound().nextRound().orElseThrow();
        // Two seats left: 345 × 2 = 690 names at most, but 300 + 300 + 100 = 700 were counted.
        TallySheet sheet = Fixtures.all345PresentAndValid().kept("c3", 300).kept("c4", 300).kept("c5", 100).build();

        TallyRejected rejected = assertThrows(TallyRejected.class, () -> Tally.count(contest, second, sheet));

        assertEquals(List.of(Invariant.VOTES_EXCEED_NAMES_ALLOWED), rejected.invariants());
    }
}
