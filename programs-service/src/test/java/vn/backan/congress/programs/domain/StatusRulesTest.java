package vn.backan.congress.programs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.backan.congress.programs.domain.StatusRules.State;

class StatusRulesTest {

    private static final State NOT_STARTED = new State(SolutionStatus.NOT_STARTED, 0);
    private static final State HALF_WAY = new State(SolutionStatus.IN_PROGRESS, 50);
    private static final State DONE = new State(SolutionStatus.COMPLETED, 100);

    @Test
    void statusAndPercentMustAgree() {
        assertTrue(StatusRules.inconsistency(new State(SolutionStatus.COMPLETED, 90)).isPresent());
        assertTrue(StatusRules.inconsistency(new State(SolutionStatus.NOT_STARTED, 10)).isPresent());
        assertTrue(StatusRules.inconsistency(new State(SolutionStatus.DELAYED, 100)).isPresent());
        assertTrue(StatusRules.inconsistency(new State(SolutionStatus.SUSPENDED, 40)).isEmpty());
        assertTrue(StatusRules.inconsistency(DONE).isEmpty());
    }

    @Test
    void forwardMovesAreAllowedToAnyone() {
        assertTrue(StatusRules.refusal(NOT_STARTED, HALF_WAY, false).isEmpty());
        assertTrue(StatusRules.refusal(HALF_WAY, new State(SolutionStatus.DELAYED, 60), false).isEmpty());
        assertTrue(StatusRules.refusal(new State(SolutionStatus.SUSPENDED, 60), DONE, false).isEmpty());
        assertTrue(StatusRules.refusal(DONE, DONE, false).isEmpty());
    }

    @Test
    void onlyAnAdminMovesBackwards() {
        assertTrue(StatusRules.refusal(DONE, NOT_STARTED, false).get().contains("only an admin may reopen"));
        assertTrue(StatusRules.refusal(HALF_WAY, NOT_STARTED, false).get().contains("back to NOT_STARTED"));
        assertTrue(StatusRules.refusal(DONE, NOT_STARTED, true).isEmpty());
        assertTrue(StatusRules.refusal(DONE, HALF_WAY, true).isEmpty());
    }

    @Test
    void percentGoesDownOnlyForAnAdmin() {
        State lower = new State(SolutionStatus.IN_PROGRESS, 40);
        assertTrue(StatusRules.refusal(HALF_WAY, lower, false).get().contains("50% to 40%"));
        assertTrue(StatusRules.refusal(HALF_WAY, lower, true).isEmpty());
        assertTrue(StatusRules.refusal(StatusRules.State.INITIAL, lower, false).isEmpty());
    }

    @Test
    void anAdminStillCannotStoreAContradiction() {
        assertEquals("A COMPLETED solution is 100% complete, not 80%.",
                StatusRules.refusal(HALF_WAY, new State(SolutionStatus.COMPLETED, 80), true).get());
    }
}
