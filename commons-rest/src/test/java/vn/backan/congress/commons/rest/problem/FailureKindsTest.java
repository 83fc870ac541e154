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

    /** Hibernate's, matched by name as FailureKinds does (commons-rest has no Hibernate). */
    static class GenericJDBCException extends RuntimeException {
        GenericJDBCException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Test
    void noConnectionAtAllIsTheDatabaseUnavailable() {
        // As a dead pooled connection that could not join the transaction is reported.
        var enlist = new java.sql.SQLException("Exception in association of connection to existing transaction",
                new java.sql.SQLException("Failed to enlist."));
        assertTrue(FailureKinds.isDatabaseUnavailable(new GenericJDBCException(
                "Unable to acquire JDBC Connection [Exception in association of connection to existing transaction]"
                        + " [n/a]", enlist)));
        assertFalse(FailureKinds.isDatabaseUnavailable(new GenericJDBCException("could not execute statement",
                new java.sql.SQLException("Data truncated", "01000"))));
    }

    /** A write that reached a replica after a failover: the client may retry, it is not our bug. */
    @Test
    void aWriteRefusedByAReadOnlyServerIsTheDatabaseUnavailable() {
        var readOnly = new java.sql.SQLException("The MariaDB server is running with the --read-only option so it"
                + " cannot execute this statement", "HY000", 1290);
        assertTrue(FailureKinds.isDatabaseUnavailable(new GenericJDBCException("could not execute statement", readOnly)));
        assertFalse(FailureKinds.isDatabaseUnavailable(new GenericJDBCException("could not execute statement",
                new java.sql.SQLException("Column 'x' cannot be null", "23000", 1048))));
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
