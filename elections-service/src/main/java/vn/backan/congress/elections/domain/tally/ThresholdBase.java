package vn.backan.congress.elections.domain.tally;

/**
 * The number the majority is taken of, with its inputs so a reader can redo the sum:
 * summoned − ex officio absent throughout − elected absent throughout without an alternate
 * (244 art. 32.3). For a committee both deductions are 0.
 */
public record ThresholdBase(int summoned, int exOfficioAbsentDeducted, int electedAbsentDeducted) {

    public int value() {
        return summoned - exOfficioAbsentDeducted - electedAbsentDeducted;
    }
}
