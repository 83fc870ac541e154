package vn.backan.congress.elections.domain.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.backan.congress.elections.domain.tally.Fixtures.rejects;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each invariant of the counting minutes broken once, on an otherwise sound contest and sheet, so
 * the rejection names exactly that rule. The sound baseline: 4 seats, c1..c5; 345 summoned,
 * 340 present, 5 absent; 340 ballots issued and collected, 335 valid + 5 invalid; votes 300, 290,
 * 280, 270, 100.
 */
class SheetInvariantsTest {

    private static final List<String> FIVE = List.of("c1", "c2", "c3", "c4", "c5");
    private final ContestSpec contest = Fixtures.fourSeatsFiveCandidates();

    private static TallySheet.Builder sound() {
        return Fixtures.usualSheet().kept("c1", 300).kept("c2", 290).kept("c3", 280).kept("c4", 270);
    }

    @Test
    void a_negative_count() {
        TallySheet sheet = sound().kept("c5", -1).build();
        rejects(Invariant.NEGATIVE_COUNT, "negative-count", () -> Tally.count(contest, sheet));
    }

    @Test
    void present_and_absent_do_not_make_the_summoned() {
        // 341 + 5 = 346 ≠ 345.
        TallySheet sheet = sound().attendance(345, 341, 5).kept("c5", 100).build();
        rejects(Invariant.PRESENT_PLUS_ABSENT_NOT_SUMMONED, "present-plus-absent-not-summoned",
                () -> Tally.count(contest, sheet));
    }

    @Test
    void more_deducted_absentees_than_absent() {
        // 4 + 2 = 6 absent throughout, but only 5 absent.
        TallySheet sheet = sound().exOfficioAbsentThroughout(4).electedAbsentThroughoutWithoutAlternate(2)
                .kept("c5", 100).build();
        rejects(Invariant.ABSENTEE_DEDUCTIONS_EXCEED_ABSENT, "absentee-deductions-exceed-absent",
                () -> Tally.count(contest, sheet));
    }

    @Test
    void a_base_of_nobody() {
        // 3 summoned, all 3 ex officio and absent throughout: base 3 − 3 = 0.
        TallySheet sheet = TallySheet.builder().attendance(3, 0, 3).exOfficioAbsentThroughout(3)
                .ballots(0, 0, 0, 0)
                .kept("c1", 0).kept("c2", 0).kept("c3", 0).kept("c4", 0).kept("c5", 0).build();
        rejects(Invariant.THRESHOLD_BASE_NOT_POSITIVE, "threshold-base-not-positive",
                () -> Tally.count(contest, sheet));
    }

    @Test
    void valid_and_invalid_do_not_make_the_collected() {
        // 335 + 4 = 339 ≠ 340.
        TallySheet sheet = sound().ballots(340, 340, 335, 4).kept("c5", 100).build();
        rejects(Invariant.VALID_PLUS_INVALID_NOT_COLLECTED, "valid-plus-invalid-not-collected",
                () -> Tally.count(contest, sheet));
    }

    @Test
    void more_ballots_collected_than_issued() {
        // 340 collected > 339 issued.
        TallySheet sheet = sound().ballots(339, 340, 335, 5).kept("c5", 100).build();
        rejects(Invariant.BALLOTS_COLLECTED_EXCEED_ISSUED, "ballots-collected-exceed-issued",
                () -> Tally.count(contest, sheet));
    }

    @Test
    void invalid_reasons_that_do_not_add_up() {
        // 3 + 1 = 4 ≠ 5 invalid.
        TallySheet sheet = sound().invalidBecause(InvalidReason.NOT_ISSUED_BY_COUNTING_COMMITTEE, 3)
                .invalidBecause(InvalidReason.MORE_NAMES_KEPT_THAN_SEATS, 1).kept("c5", 100).build();
        rejects(Invariant.INVALID_REASONS_DO_NOT_ADD_UP, "invalid-reasons-do-not-add-up",
                () -> Tally.count(contest, sheet));
    }

    @Test
    void an_agree_disagree_line_on_a_strike_out_ballot() {
        // 100 + 200 + 35 = 335: the line adds up, it is just the wrong kind.
        TallySheet sheet = sound().agreeDisagree("c5", 100, 200, 35).build();
        rejects(Invariant.LINE_DOES_NOT_MATCH_BALLOT_STYLE, "line-does-not-match-ballot-style",
                () -> Tally.count(contest, sheet));
    }

    @Test
    void a_line_for_someone_not_on_the_ballot() {
        TallySheet sheet = sound().kept("c5", 100).kept("x9", 10).build();
        rejects(Invariant.CANDIDATE_NOT_ON_BALLOT, "candidate-not-on-ballot", () -> Tally.count(contest, sheet));
    }

    @Test
    void a_candidate_without_a_line() {
        TallySheet sheet = sound().build();
        rejects(Invariant.CANDIDATE_LINE_MISSING, "candidate-line-missing", () -> Tally.count(contest, sheet));
    }

    @Test
    void a_candidate_with_two_lines() {
        TallySheet sheet = sound().kept("c5", 100).kept("c5", 100).build();
        rejects(Invariant.CANDIDATE_LINE_DUPLICATED, "candidate-line-duplicated", () -> Tally.count(contest, sheet));
    }

    @Test
    void more_votes_than_valid_ballots() {
        // 336 > 335 valid. The other lines drop so the names per ballot still fit: 336 + 4 × 100 ≤ 335 × 4.
        TallySheet sheet = Fixtures.usualSheet().kept("c1", 336).kept("c2", 100).kept("c3", 100).kept("c4", 100)
                .kept("c5", 100).build();
        rejects(Invariant.CANDIDATE_VOTES_EXCEED_VALID_BALLOTS, "candidate-votes-exceed-valid-ballots",
                () -> Tally.count(contest, sheet));
    }

    @Test
    void agree_disagree_and_not_counted_do_not_make_the_valid() {
        ContestSpec noSurplus = new ContestSpec("x", 4, 0, BallotStyle.AGREE_DISAGREE, RuleSet.RULES_244_2014,
                Electorate.CONGRESS_DELEGATES, List.of("c1", "c2", "c3", "c4"));
        // c1: 200 + 100 + 30 = 330 ≠ 335 valid; the others add up (300 + 30 + 5 = 335).
        TallySheet sheet = Fixtures.usualSheet().agreeDisagree("c1", 200, 100, 30)
                .agreeDisagree("c2", 300, 30, 5).agreeDisagree("c3", 300, 30, 5).agreeDisagree("c4", 300, 30, 5)
                .build();
        rejects(Invariant.AGREE_DISAGREE_NOT_VALID, "agree-disagree-not-counted-not-valid",
                () -> Tally.count(noSurplus, sheet));
    }

    @Test
    void more_names_kept_than_the_ballots_allow() {
        // 4 seats × 335 valid = 1340 names at most; 300 + 290 + 280 + 270 + 201 = 1341.
        TallySheet sheet = sound().kept("c5", 201).build();
        rejects(Invariant.VOTES_EXCEED_NAMES_ALLOWED, "votes-exceed-names-allowed",
                () -> Tally.count(contest, sheet));
    }

    @Test
    void more_winners_declared_than_seats() {
        Announcement five = new Announcement(FIVE, List.of(), Instant.parse("2020-10-28T09:30:00Z"));
        TallySheet sheet = sound().kept("c5", 100).announcement(five).build();
        rejects(Invariant.WINNERS_EXCEED_SEATS, "winners-exceed-seats", () -> Tally.count(contest, sheet));
    }

    @Test
    void declared_winners_the_votes_do_not_elect() {
        // c5 has 100 < 173 votes; c4 (270) is the fourth winner.
        Announcement wrong = new Announcement(List.of("c1", "c2", "c3", "c5"), List.of(), null);
        TallySheet sheet = sound().kept("c5", 100).announcement(wrong).build();
        rejects(Invariant.ANNOUNCED_WINNERS_DISAGREE_WITH_COUNT, "announced-winners-disagree-with-count",
                () -> Tally.count(contest, sheet));
    }

    @Test
    void declared_winners_out_of_vote_order() {
        // The right four, but c2 (290) is read before c1 (300).
        Announcement unordered = new Announcement(List.of("c2", "c1", "c3", "c4"), List.of(), null);
        TallySheet sheet = sound().kept("c5", 100).announcement(unordered).build();
        rejects(Invariant.ANNOUNCED_WINNERS_DISAGREE_WITH_COUNT, "announced-winners-disagree-with-count",
                () -> Tally.count(contest, sheet));
    }

    @Test
    void declared_winners_that_match_the_votes_are_accepted() {
        Instant at = Instant.parse("2020-10-28T09:30:00Z");
        Announcement right = new Announcement(List.of("c1", "c2", "c3", "c4"), List.of(), at);
        TallySheet sheet = sound().kept("c5", 100).announcement(right).build();

        TallyResult result = Tally.count(contest, sheet);

        assertEquals(right.elected(), result.elected());
        assertEquals(at, sheet.announcement().orElseThrow().announcedAtIfKnown().orElseThrow());
    }

    @Test
    void every_broken_rule_is_named_at_once() {
        // 341 + 5 ≠ 345 and 339 issued < 340 collected.
        TallySheet sheet = sound().attendance(345, 341, 5).ballots(339, 340, 335, 5).kept("c5", 100).build();

        TallyRejected rejected = assertThrows(TallyRejected.class, () -> Tally.count(contest, sheet));

        assertEquals(List.of(Invariant.PRESENT_PLUS_ABSENT_NOT_SUMMONED, Invariant.BALLOTS_COLLECTED_EXCEED_ISSUED),
                rejected.invariants());
    }
}
