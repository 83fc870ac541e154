package vn.backan.congress.commons.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class FailureKindsTest {

    /** Stands in for jakarta.persistence.OptimisticLockException, which commons does not depend on. */
    static class OptimisticLockException extends RuntimeException {
    }

    enum Colour { RED, GREEN }

    @Test
    void aDuplicateKeyDeepInTheChainIsAWriteConflict() {
        var duplicate = new SQLIntegrityConstraintViolationException("Duplicate entry 'x'", "23000", 1062);
        assertTrue(FailureKinds.isWriteConflict(new RuntimeException(new IllegalStateException(duplicate))));
    }

    @Test
    void otherConstraintFailuresAreNot() {
        // 1452: a foreign key failed. That is a bug to log as a 500, not a race.
        var foreignKey = new SQLIntegrityConstraintViolationException("Cannot add", "23000", 1452);
        assertFalse(FailureKinds.isWriteConflict(new RuntimeException(foreignKey)));
        assertFalse(FailureKinds.isWriteConflict(new IllegalStateException("boom")));
    }

    @Test
    void aLostOptimisticLockIsAWriteConflict() {
        assertTrue(FailureKinds.isWriteConflict(new RuntimeException(new OptimisticLockException())));
    }

    @Test
    void anUnknownEnumValueListsTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(() -> Colour.valueOf("BLUE"));
        assertEquals("'BLUE' is not accepted; use one of [RED, GREEN].", FailureKinds.parameterProblem(e));
        assertEquals("For input string: \"abc\"", FailureKinds.parameterProblem(new NumberFormatException("For input string: \"abc\"")));
    }

    private static IllegalArgumentException assertThrows(Runnable r) {
        return org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, r::run);
    }
}
