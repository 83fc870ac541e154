package vn.backan.congress.targets.domain;

/**
 * Whether a published figure is the value itself or a bound on it, as its sentence words it:
 * "trên 562 kg" is more than 562, so progress may not read it as exactly 562.
 */
public enum Qualifier {
    /** The value as stated. */
    EXACT("", ""),
    /** More than the value: "trên", "hơn", "vượt". */
    ABOVE("trên", "more than"),
    /** The value or more: "ít nhất", "tối thiểu", "từ … trở lên". */
    AT_LEAST("ít nhất", "at least"),
    /** Less than the value: "dưới", "gần", "chưa đến". */
    BELOW("dưới", "less than"),
    /** The value or less: "không quá", "tối đa". */
    AT_MOST("không quá", "at most");

    private final String vi;
    private final String en;

    Qualifier(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** The words a reader expects before the value ("trên 562", "more than 562"); empty for EXACT. */
    public String wordVi() {
        return vi;
    }

    public String wordEn() {
        return en;
    }

    public boolean isLowerBound() {
        return this == ABOVE || this == AT_LEAST;
    }

    public boolean isUpperBound() {
        return this == BELOW || this == AT_MOST;
    }
}
