package vn.backan.congress.elections.domain.tally;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The election regulation a contest is held under, as a versioned strategy (docs/election-rules.md,
 * "Rule sets"). Everything the engine takes from the regulation goes through here, so a later
 * regulation that changes a rule overrides that one method in its own constant.
 *
 * <p>The rules file says 190-QĐ/TW (2024) "keeps [244-QĐ/TW] in substance" and names no rule that
 * differs, so both constants share the rules below.
 */
public enum RuleSet {

    /** Quyết định 244-QĐ/TW, 9 June 2014: the regulation of the October 2020 congress. */
    RULES_244_2014("244-2014", "244-QĐ/TW", LocalDate.of(2014, 6, 9)),

    /** Quyết định 190-QĐ/TW, 10 October 2024: replaces 244, same substance. */
    RULES_190_2024("190-2024", "190-QĐ/TW", LocalDate.of(2024, 10, 10));

    /** The candidate list may exceed the seats by at most this percentage ("Ballots"). */
    static final int MAX_SURPLUS_PERCENT = 30;

    private final String code;
    private final String decision;
    private final LocalDate issued;

    RuleSet(String code, String decision, LocalDate issued) {
        this.code = code;
        this.decision = decision;
        this.issued = issued;
    }

    /** The stable code used in the API: "244-2014" or "190-2024". */
    public String code() {
        return code;
    }

    /** The number of the decision that issued the regulation, e.g. "244-QĐ/TW". */
    public String decision() {
        return decision;
    }

    public LocalDate issued() {
        return issued;
    }

    public static Optional<RuleSet> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /**
     * The number the majority is taken of ("Who is elected"). Statute art. 12.3: those summoned, not
     * the ballots. For a delegates' congress (244 art. 32.3) two kinds of absentees are deducted:
     * ex officio delegates absent for the whole congress, and elected delegates absent for the whole
     * congress with no alternate in their place. A delegate absent for part of the congress, or
     * replaced by an alternate, still counts. A committee electing its officers takes its whole
     * membership: the rules name no deduction there, so none is made.
     */
    public ThresholdBase thresholdBase(Electorate electorate, TallySheet sheet) {
        if (electorate == Electorate.COMMITTEE_MEMBERS) {
            return new ThresholdBase(sheet.summoned(), 0, 0);
        }
        return new ThresholdBase(sheet.summoned(), sheet.exOfficioAbsentThroughout(),
                sheet.electedAbsentThroughoutWithoutAlternate());
    }

    /** Strictly more than half of the base, in whole votes: ⌊base / 2⌋ + 1 (345 → 173, 47 → 24). */
    public int minimumVotes(int base) {
        return base / 2 + 1;
    }

    /**
     * Whether a list of {@code candidates} for {@code seats} keeps within the 30 % surplus
     * (55 for 47 is allowed: 8 × 100 ≤ 30 × 47). Integer form of candidates − seats ≤ 30 % × seats.
     */
    public boolean allowsCandidateCount(int candidates, int seats) {
        return (long) (candidates - seats) * 100 <= (long) MAX_SURPLUS_PERCENT * seats;
    }
}
