package vn.backan.congress.targets.domain.progress;

/** Where a target stands at {@code asOf}; see docs/progress-methodology.md. */
public enum Status {
    /** Met: for a level or count at any time, for averages and yearly targets only once the term is over. */
    ACHIEVED,
    /** Progress ratio at or above the on-track threshold. */
    ON_TRACK,
    /** Progress ratio between the at-risk and on-track thresholds. */
    AT_RISK,
    /** Progress ratio below the at-risk threshold. */
    OFF_TRACK,
    /** The term is over and the target was not met. */
    NOT_ACHIEVED,
    /** Nothing usable to judge by; the evaluation's reason says why. */
    NO_DATA
}
