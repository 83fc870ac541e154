package vn.backan.congress.elections.api;

/**
 * Optional body of an announcement. {@code leaveSeatsOpen}: the congress decided to hold no further
 * round for the seats still open or tied (244 art. 20.2); without it a pending contest is refused.
 */
public record ContestAnnouncementInput(Boolean leaveSeatsOpen) {

    boolean leavesSeatsOpen() {
        return Boolean.TRUE.equals(leaveSeatsOpen);
    }
}
