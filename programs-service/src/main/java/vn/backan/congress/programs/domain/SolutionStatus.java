package vn.backan.congress.programs.domain;

/** How far a solution has got. Stored as its name (VARCHAR with a CHECK), never as an ordinal. */
public enum SolutionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    DELAYED,
    SUSPENDED
}
