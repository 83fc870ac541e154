package vn.backan.congress.elections.domain.tally;

/** What a round decided for one candidate. */
public enum Outcome {

    /** Trúng cử: took one of the official seats. */
    ELECTED("Trúng cử", "Elected"),

    /** Trúng cử dự khuyết: passed and came next after the official seats (a delegation's alternate). */
    ALTERNATE("Trúng cử dự khuyết", "Alternate"),

    /** Không trúng cử: did not pass, or passed but every seat went to someone with more votes. */
    NOT_ELECTED("Không trúng cử", "Not elected"),

    /**
     * Tied on votes across the last seat: nobody takes that seat yet; a new round among the tied
     * decides it. Ties are never broken by age or lot.
     */
    TIED_PENDING_NEW_ROUND("Bằng phiếu, chờ bầu lại", "Tied, pending a new round");

    private final String vi;
    private final String en;

    Outcome(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
