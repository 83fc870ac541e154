package vn.backan.congress.elections.domain.tally;

/** How voters mark the ballot (docs/election-rules.md, "Ballots"). */
public enum BallotStyle {

    /** More candidates than seats: voters strike out the names they reject (gạch tên). */
    STRIKE_OUT,

    /**
     * No surplus: each name has agree and disagree columns (đồng ý / không đồng ý). A line marked
     * in both boxes or in neither counts for nobody, but the ballot stays valid.
     */
    AGREE_DISAGREE
}
