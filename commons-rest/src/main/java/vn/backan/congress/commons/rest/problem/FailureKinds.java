package vn.backan.congress.commons.rest.problem;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what an unexpected exception really was, for the few cases that are the client's or a race, not a bug. */
final class FailureKinds {

    /** MariaDB's ER_DUP_ENTRY: two requests inserted the same key at the same moment. */
    private static final int DUPLICATE_KEY = 1062;
    /** MariaDB's ER_LOCK_DEADLOCK and ER_LOCK_WAIT_TIMEOUT: two transactions waited on each other; one was undone. */
    private static final Set<Integer> LOCK_CONFLICTS = Set.of(1213, 1205);
    /**
     * MariaDB's ER_OPTION_PREVENTS_STATEMENT, as a read-only server answers a write: after a
     * failover the old primary lives on as a replica until the pool drops its connections to it.
     */
    private static final int READ_ONLY = 1290;
    /** JPA's and Hibernate's names for a lost optimistic-locking race; matched by name, commons has no JPA. */
    private static final Set<String> STALE = Set.of("OptimisticLockException", "StaleObjectStateException",
            "StaleStateException");
    /** Hibernate's and JPA's names for a connection lost or a statement timed out; matched by name. */
    private static final Set<String> UNAVAILABLE = Set.of("JDBCConnectionException", "QueryTimeoutException");
    private static final Pattern NO_ENUM_CONSTANT = Pattern.compile("No enum constant ([\\w.$]+)\\.([^.]+)");

    private FailureKinds() {
    }

    /** True when concurrent writes collided: the request may simply be retried. */
    static boolean isWriteConflict(Throwable failure) {
        return anyCause(failure, t -> t instanceof SQLException sql && (sql.getErrorCode() == DUPLICATE_KEY
                || LOCK_CONFLICTS.contains(sql.getErrorCode()) || "40001".equals(sql.getSQLState()))
                || STALE.contains(t.getClass().getSimpleName()));
    }

    /**
     * True when the database did not answer: no connection within the pool's wait, a connection
     * refused or reset, a read that timed out (a stopped or wedged server), or a write refused by a
     * server that is no longer the primary. SQLState class 08 is
     * "connection exception"; Agroal's acquisition timeout carries no state, only its message.
     */
    static boolean isDatabaseUnavailable(Throwable failure) {
        return anyCause(failure, t -> t instanceof SQLTransientConnectionException || noConnection(t)
                || t instanceof SQLNonTransientConnectionException || t instanceof SQLTimeoutException
                || t instanceof SocketTimeoutException || t instanceof ConnectException
                || UNAVAILABLE.contains(t.getClass().getSimpleName())
                || t instanceof SQLException sql && (String.valueOf(sql.getSQLState()).startsWith("08")
                        || sql.getErrorCode() == READ_ONLY
                        || String.valueOf(sql.getMessage()).startsWith("Acquisition timeout")));
    }

    /**
     * Hibernate could not get a connection at all. With the database gone, the pool may still hold
     * connections that died with it; Agroal then fails to enlist one in the transaction, with no
     * connection error in the cause chain, only this.
     */
    private static boolean noConnection(Throwable t) {
        return t.getClass().getSimpleName().equals("GenericJDBCException")
                && String.valueOf(t.getMessage()).startsWith("Unable to acquire JDBC Connection");
    }

    /** Whether the failure or one of its causes (at most 20 deep, in case of a cycle) is of this kind. */
    private static boolean anyCause(Throwable failure, Predicate<Throwable> kind) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause() == t ? null : t.getCause()) {
            if (kind.test(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a parameter could not be converted, in the client's terms: an unknown enum value lists the
     * accepted ones instead of naming a Java class.
     */
    static String parameterProblem(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        Matcher m = NO_ENUM_CONSTANT.matcher(message);
        if (m.find()) {
            return "'" + m.group(2) + "' is not accepted; use one of " + acceptedValues(m.group(1)) + ".";
        }
        return message;
    }

    /** The message gives the canonical name; a nested enum's binary name has '$' for the last dots. */
    private static String acceptedValues(String canonicalName) {
        String name = canonicalName;
        while (true) {
            try {
                Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                return type.isEnum() ? Arrays.toString(type.getEnumConstants()) : "the documented values";
            } catch (ClassNotFoundException e) {
                int dot = name.lastIndexOf('.');
                if (dot < 0) {
                    return "the documented values";
                }
                name = name.substring(0, dot) + '$' + name.substring(dot + 1);
            }
        }
    }
}
