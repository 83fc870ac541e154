package vn.backan.congress.elections.domain.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.backan.congress.elections.domain.tally.Fixtures.rejects;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each invariant of a contest or round broken once, on an otherwise sound contest and sheet, so the
 * rejection names exactly that rule. The sound baseline: 4 seats, c1..c5; 345 summoned, 340 present, 5 absent;
 * 340 ballots issued and collected, 335 valid + 5 invalid; votes 300, 290, 280, 270, 100.
 */
class ContestInvariantsTest {

    private static final List<String> FIVE = List.of("c1", "c2", "c3", "c4", "c5");
    private final ContestSpec contest = Fixtures.fourSeatsFiveCandidates();

    private static TallySheet.Builder sound() {
        return Fixtures.usualSheet().kept("c1", 300).kept("c2", 290).kept("c3", 280).kept("c4", 270);
    }

    private static TallySheet soundSheet() {
        return sound().kept("c5", 100).build();
    }

    @Test
    void the_sound_baseline_is_accepted() {
        TallyResult result = Tally.count(contest, soundSheet());
        assertEquals(List.of("c1", "c2", "c3", "c4"), result.elected());
    }

    // --- the contest ---

    @Test
    void no_official_seat() {
        ContestSpec none = Fixtures.congressContest(0, 0, FIVE);
        rejects(Invariant.SEATS_NOT_POSITIVE, "seats-not-positive", () -> Tally.count(none, soundSheet()));
    }

    @Test
    void more_than_thirty_percent_surplus() {
        // 6 candidates for 4 seats: 2 × 100 = 200 > 30 × 4 = 120.
        ContestSpec six = Fixtures.congressContest(4, 0, List.of("c1", "c2", "c3", "c4", "c5", "c6"));
        rejects(Invariant.CANDIDATE_SURPLUS_OVER_LIMIT, "candidate-surplus-over-30-percent",
                () -> Tally.count(six, soundSheet()));
    }

    @Test
    void agree_disagree_ballots_with_a_surplus() {
        ContestSpec wrong = new ContestSpec("x", 4, 0, BallotStyle.AGREE_DISAGREE, RuleSet.RULES_244_2014,
                Electorate.CONGRESS_DELEGATES, FIVE);
        rejects(Invariant.BALLOT_STYLE_DOES_NOT_MATCH_SURPLUS, "ballot-style-does-not-match-surplus",
                () -> Tally.count(wrong, soundSheet()));
    }

    @Test
    void a_candidate_listed_twice() {
        ContestSpec twice = Fixtures.congressContest(4, 0, List.of("c1", "c2", "c3", "c4", "c1"));
        rejects(Invariant.CANDIDATE_LISTED_TWICE, "candidate-listed-twice", () -> ContestChecks.check(twice));
    }

    @Test
    void nobody_on_the_list() {
        ContestSpec empty = new ContestSpec("x", 4, 0, BallotStyle.AGREE_DISAGREE, RuleSet.RULES_244_2014,
                Electorate.CONGRESS_DELEGATES, List.of());
        rejects(Invariant.NO_CANDIDATES, "no-candidates", () -> ContestChecks.check(empty));
    }

    // --- the round ---

    @Test
    void a_round_when_every_seat_is_taken() {
        Round fifth = new Round(2, List.of("c5"), List.of("c1", "c2", "c3", "c4"), List.of());
        rejects(Invariant.ROUND_HAS_NO_OPEN_SEATS, "round-has-no-open-seats",
                () -> ContestChecks.check(contest, fifth));
    }

    @Test
    void a_round_with_someone_not_in_the_contest() {
        Round second = new Round(2, List.of("c3", "x9"), List.of("c1", "c2"), List.of());
        rejects(Invariant.ROUND_CANDIDATE_NOT_IN_CONTEST, "round-candidate-not-in-contest",
                () -> ContestChecks.check(contest, second));
    }

    @Test
    void a_round_with_someone_already_elected() {
        Round second = new Round(2, List.of("c2", "c3"), List.of("c1", "c2"), List.of());
        rejects(Invariant.ROUND_CANDIDATE_ALREADY_ELECTED, "round-candidate-already-elected",
                () -> ContestChecks.check(contest, second));
    }
}
