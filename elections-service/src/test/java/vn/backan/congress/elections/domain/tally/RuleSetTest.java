package vn.backan.congress.elections.domain.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The regulation as a strategy, and the shape of the 2020 Executive Committee election. */
class RuleSetTest {

    @Test
    void codes_are_the_stable_names_of_the_two_regulations() {
        assertEquals(Optional.of(RuleSet.RULES_244_2014), RuleSet.fromCode("244-2014"));
        assertEquals(Optional.of(RuleSet.RULES_190_2024), RuleSet.fromCode("190-2024"));
        assertEquals(Optional.empty(), RuleSet.fromCode("244"));
        assertEquals(LocalDate.of(2014, 6, 9), RuleSet.RULES_244_2014.issued());
        assertEquals("190-QĐ/TW", RuleSet.RULES_190_2024.decision());
    }

    @Test
    void the_minimum_is_strictly_more_than_half() {
        for (RuleSet rules : RuleSet.values()) {
            assertEquals(173, rules.minimumVotes(345)); // 345 / 2 = 172.5 → 173
            assertEquals(24, rules.minimumVotes(47)); // 47 / 2 = 23.5 → 24
            assertEquals(171, rules.minimumVotes(340)); // exactly half, 170, is not more than half
        }
    }

    @Test
    void the_candidate_list_keeps_within_thirty_percent_over_the_seats() {
        RuleSet rules = RuleSet.RULES_244_2014;
        assertTrue(rules.allowsCandidateCount(55, 47)); // 8 × 100 = 800 ≤ 30 × 47 = 1410
        assertTrue(rules.allowsCandidateCount(61, 47)); // 14 × 100 = 1400 ≤ 1410
        assertFalse(rules.allowsCandidateCount(62, 47)); // 15 × 100 = 1500 > 1410
        assertTrue(rules.allowsCandidateCount(13, 10)); // 300 ≤ 300: exactly 30 % is allowed
    }

    @Test
    void fifty_five_candidates_for_the_forty_seven_seats_of_the_executive_committee() {
        List<String> ids = new ArrayList<>();
        TallySheet.Builder sheet = Fixtures.all345PresentAndValid();
        for (int k = 1; k <= 55; k++) {
            ids.add("k" + k);
            sheet.kept("k" + k, 340 - 3 * (k - 1)); // k1 340 … k47 202, k48 199 … k55 178
        }
        // Names kept: 55 × 340 − 3 × (0 + … + 54) = 18700 − 4455 = 14245 ≤ 345 × 47 = 16215.
        ContestSpec committee = Fixtures.congressContest(47, 0, ids);

        TallyResult result = Tally.count(committee, sheet.build());

        assertEquals(173, result.minimumVotes());
        assertEquals(ids.subList(0, 47), result.elected());
        assertTrue(result.candidate("k55").orElseThrow().passed(), "178 ≥ 173");
        assertEquals(Outcome.NOT_ELECTED, result.candidate("k48").orElseThrow().outcome());
        assertEquals(new HashSet<>(ids.subList(47, 55)), new HashSet<>(result.candidates().stream()
                .filter(c -> c.outcome() == Outcome.NOT_ELECTED).map(CandidateResult::candidateId).toList()));
    }

    @Test
    void invariant_codes_are_unique() {
        List<String> codes = java.util.Arrays.stream(Invariant.values()).map(Invariant::code).toList();
        assertEquals(codes.size(), new HashSet<>(codes).size());
    }
}
