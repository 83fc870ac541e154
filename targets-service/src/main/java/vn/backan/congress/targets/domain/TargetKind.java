package vn.backan.congress.targets.domain;

/** How a target is stated, which decides how progress against it is measured. */
public enum TargetKind {
    /** A level to reach by the end of the period, at least the lower bound. */
    AT_LEAST,
    /** A level to stay under by the end of the period. */
    AT_MOST,
    /** A level within [lower, upper] by the end of the period. */
    RANGE,
    /** A level to keep throughout. */
    MAINTAIN,
    /** A bound to meet in every year of the term. */
    EACH_YEAR,
    /** A count to reach by the end of the term. */
    CUMULATIVE,
    /** An average over the term: of yearly growth, of yearly change, or of yearly amounts. */
    AVERAGE,
    /** Done or not done by a date. */
    MILESTONE,
    /** A commitment with no number; followed by narrative. */
    QUALITATIVE;

    public boolean isNumeric() {
        return this != MILESTONE && this != QUALITATIVE;
    }
}
