package vn.backan.congress.elections.domain.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.backan.congress.elections.domain.tally.Fixtures.outcome;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The base and the minimum (docs/election-rules.md, "Who is elected"), worked by hand. */
class ThresholdTest {

    private final ContestSpec contest = Fixtures.fourSeatsFiveCandidates();

    @Test
    void three_hundred_forty_five_summoned_with_no_absentees_need_173() {
        TallySheet sheet = Fixtures.all345PresentAndValid()
                .kept("c1", 173).kept("c2", 172).kept("c3", 300).kept("c4", 290).kept("c5", 280)
                .build();

        TallyResult result = Tally.count(contest, sheet);

        int base = 345 - 0 - 0;
        int minimum = base / 2 + 1; // 172 + 1 = 173: strictly more than 172.5
        assertEquals(345, result.thresholdBase().value());
        assertEquals(173, minimum);
        assertEquals(minimum, result.minimumVotes());
        assertTrue(result.candidate("c1").orElseThrow().passed(), "173 is more than half of 345");
        assertFalse(result.candidate("c2").orElseThrow().passed(), "172 is less than half of 345");
        assertEquals(Outcome.ELECTED, outcome(result, "c1"));
        assertEquals(Outcome.NOT_ELECTED, outcome(result, "c2"));
    }

    @Test
    void the_percentage_is_of_the_base_not_of_the_ballots() {
        // 340 ballots, 335 valid: the percentage still divides by the 345 summoned.
        TallySheet sheet = Fixtures.usualSheet()
                .kept("c1", 173).kept("c2", 172).kept("c3", 300).kept("c4", 290).kept("c5", 280)
                .build();

        TallyResult result = Tally.count(contest, sheet);

        // 173 × 100 / 345 = 50.1449… → 50.14; 172 × 100 / 345 = 49.8550… → 49.86; 300 × 100 / 345 = 86.9565… → 86.96
        assertEquals(new BigDecimal("50.14"), result.candidate("c1").orElseThrow().percentOfBase());
        assertEquals(new BigDecimal("49.86"), result.candidate("c2").orElseThrow().percentOfBase());
        assertEquals(new BigDecimal("86.96"), result.candidate("c3").orElseThrow().percentOfBase());
        // Five absent but none for the whole congress: the base stays 345, the minimum 173.
        assertEquals(173, result.minimumVotes());
    }

    @Test
    void ex_officio_delegates_absent_throughout_lower_the_base() {
        TallySheet sheet = sheetWithAbsentees(5, 3, 0);

        TallyResult result = Tally.count(contest, sheet);

        int base = 345 - 3; // 342
        int minimum = base / 2 + 1; // 171 + 1 = 172
        assertEquals(342, base);
        assertEquals(new ThresholdBase(345, 3, 0), result.thresholdBase());
        assertEquals(base, result.thresholdBase().value());
        assertEquals(172, result.minimumVotes());
        assertEquals(minimum, result.minimumVotes());
        assertTrue(result.candidate("c2").orElseThrow().passed(), "172 now reaches the minimum");
    }

    @Test
    void elected_delegates_absent_throughout_without_an_alternate_lower_the_base() {
        TallySheet sheet = sheetWithAbsentees(5, 0, 2);

        TallyResult result = Tally.count(contest, sheet);

        int base = 345 - 2; // 343
        int minimum = base / 2 + 1; // 171 + 1 = 172
        assertEquals(new ThresholdBase(345, 0, 2), result.thresholdBase());
        assertEquals(343, result.thresholdBase().value());
        assertEquals(minimum, result.minimumVotes());
        assertEquals(172, result.minimumVotes());
    }

    @Test
    void both_deductions_add_up() {
        TallySheet sheet = sheetWithAbsentees(5, 3, 2);

        TallyResult result = Tally.count(contest, sheet);

        int base = 345 - 3 - 2; // 340
        int minimum = base / 2 + 1; // 170 + 1 = 171: exactly half is not enough
        assertEquals(340, result.thresholdBase().value());
        assertEquals(171, minimum);
        assertEquals(minimum, result.minimumVotes());
    }

    @Test
    void other_absentees_do_not_lower_the_base() {
        // Five absent, but for part of the congress only, or replaced by an alternate: no deduction.
        TallySheet sheet = sheetWithAbsentees(5, 0, 0);

        TallyResult result = Tally.count(contest, sheet);

        assertEquals(345, result.thresholdBase().value());
        assertEquals(345 / 2 + 1, result.minimumVotes()); // 173
        assertFalse(result.candidate("c2").orElseThrow().passed(), "172 of 345 is not a majority");
    }

    @Test
    void a_committee_electing_its_officers_takes_its_whole_membership() {
        // The first plenum: 47 members, 2 away. The rules deduct nobody from a committee's base,
        // even if the minutes fill the congress's absentee fields.
        ContestSpec secretary = new ContestSpec("bi-thu", 1, 0, BallotStyle.AGREE_DISAGREE, RuleSet.RULES_244_2014,
                Electorate.COMMITTEE_MEMBERS, List.of("chinh"));
        TallySheet sheet = TallySheet.builder()
                .attendance(47, 45, 2)
                .electedAbsentThroughoutWithoutAlternate(2)
                .ballots(45, 45, 45, 0)
                .agreeDisagree("chinh", 24, 20, 1) // 24 + 20 + 1 = 45 valid
                .build();

        TallyResult result = Tally.count(secretary, sheet);

        int base = 47;
        int minimum = base / 2 + 1; // 23 + 1 = 24
        assertEquals(new ThresholdBase(47, 0, 0), result.thresholdBase());
        assertEquals(minimum, result.minimumVotes());
        assertEquals(24, result.minimumVotes());
        assertEquals(List.of("chinh"), result.elected());
        assertFalse(result.newRoundNeeded());
    }

    @Test
    void on_agree_disagree_ballots_only_agree_counts() {
        ContestSpec secretary = new ContestSpec("bi-thu", 1, 0, BallotStyle.AGREE_DISAGREE, RuleSet.RULES_244_2014,
                Electorate.COMMITTEE_MEMBERS, List.of("chinh"));
        // 23 agree: one short of 24, though nobody disagreed with more; 2 lines marked in both or neither.
        TallySheet sheet = TallySheet.builder()
                .attendance(47, 47, 0)
                .ballots(47, 47, 47, 0)
                .agreeDisagree("chinh", 23, 22, 2) // 23 + 22 + 2 = 47 valid
                .build();

        TallyResult result = Tally.count(secretary, sheet);

        assertEquals(Outcome.NOT_ELECTED, outcome(result, "chinh"));
        assertEquals(1, result.seatsOpenAfter());
        assertTrue(result.newRoundNeeded());
    }

    @Test
    void regulation_190_of_2024_counts_the_same_way() {
        ContestSpec newer = new ContestSpec("test-contest", 4, 0, BallotStyle.STRIKE_OUT, RuleSet.RULES_190_2024,
                Electorate.CONGRESS_DELEGATES, List.of("c1", "c2", "c3", "c4", "c5"));

        TallyResult result = Tally.count(newer, sheetWithAbsentees(5, 3, 2));

        assertEquals(345 - 3 - 2, result.thresholdBase().value()); // 340
        assertEquals((345 - 3 - 2) / 2 + 1, result.minimumVotes()); // 171
    }

    /** 345 summoned, {@code absent} away of whom the given numbers are deducted; 340 valid ballots. */
    private static TallySheet sheetWithAbsentees(int absent, int exOfficio, int electedWithoutAlternate) {
        return TallySheet.builder()
                .attendance(345, 345 - absent, absent)
                .exOfficioAbsentThroughout(exOfficio)
                .electedAbsentThroughoutWithoutAlternate(electedWithoutAlternate)
                .ballots(345 - absent, 345 - absent, 345 - absent, 0)
                .kept("c1", 171).kept("c2", 172).kept("c3", 300).kept("c4", 290).kept("c5", 280)
                .build();
    }
}
