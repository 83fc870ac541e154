package vn.backan.congress.programs.domain;

import java.util.Optional;

/**
 * Which status changes make sense. Pure logic: the resources ask it and turn a refusal into a 422.
 * Everyone must keep status and percent consistent; only an admin may move a solution backwards
 * (reopen a completed one, reset one to not started, lower the percent), because that rewrites
 * what the province has already reported. A mistaken entry is fixed by a correction, which is
 * judged against the entry before the one it corrects.
 */
public final class StatusRules {

    private StatusRules() {
    }

    /** A state a solution can be in: its status and percent complete. */
    public record State(SolutionStatus status, int percent) {

        public static final State INITIAL = new State(SolutionStatus.NOT_STARTED, 0);
    }

    /** Why this state is self-contradictory, or empty when it is consistent. */
    public static Optional<String> inconsistency(State state) {
        if (state.status() == SolutionStatus.COMPLETED && state.percent() != 100) {
            return Optional.of("A COMPLETED solution is 100% complete, not " + state.percent() + "%.");
        }
        if (state.status() == SolutionStatus.NOT_STARTED && state.percent() != 0) {
            return Optional.of("A NOT_STARTED solution is 0% complete, not " + state.percent() + "%.");
        }
        if (state.status() != SolutionStatus.COMPLETED && state.percent() == 100) {
            return Optional.of("A solution at 100% is COMPLETED; say so rather than " + state.status() + ".");
        }
        return Optional.empty();
    }

    /** Why {@code from → to} is refused for this caller, or empty when it is allowed. */
    public static Optional<String> refusal(State from, State to, boolean admin) {
        Optional<String> inconsistent = inconsistency(to);
        if (inconsistent.isPresent() || admin) {
            return inconsistent;
        }
        if (from.status() == SolutionStatus.COMPLETED && to.status() != SolutionStatus.COMPLETED) {
            return Optional.of("The solution is COMPLETED; only an admin may reopen it (to " + to.status() + ").");
        }
        if (from.status() != SolutionStatus.NOT_STARTED && to.status() == SolutionStatus.NOT_STARTED) {
            return Optional.of("The solution is " + from.status() + "; only an admin may set it back to NOT_STARTED.");
        }
        if (to.percent() < from.percent()) {
            return Optional.of("Percent complete may not go down (" + from.percent() + "% to " + to.percent()
                    + "%); if an entry was wrong, post a correction of it (correctsId).");
        }
        return Optional.empty();
    }
}
