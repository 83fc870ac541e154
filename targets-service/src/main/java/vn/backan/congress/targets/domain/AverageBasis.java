package vn.backan.congress.targets.domain;

/** What an {@link TargetKind#AVERAGE} target averages. */
public enum AverageBasis {
    /** Compound mean of yearly growth rates (GRDP growth 6.5–7.0 %/year). */
    GROWTH_RATE,
    /** Mean yearly change in points (poverty rate falls 2–2.5 points a year). */
    ANNUAL_CHANGE,
    /** Mean of yearly amounts (3,500 ha of forest planted a year). */
    ANNUAL_VALUE
}
