package vn.backan.congress.programs.api;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.programs.domain.DeclaredCount;
import vn.backan.congress.programs.domain.KeyProgram;
import vn.backan.congress.programs.domain.StatusRules;
import vn.backan.congress.programs.domain.Task;

/** The checks a solution must pass before it is stored, each refusal a 422 that says what to do. */
final class SolutionRules {

    private SolutionRules() {
    }

    static void requireWithinDeclared(short number) {
        // Read-locked: an admin lowering the count waits until this create has committed.
        int declared = DeclaredCount.<DeclaredCount>findById(DeclaredCount.Kind.SOLUTION,
                LockModeType.PESSIMISTIC_READ).declared;
        if (number > declared) {
            throw unprocessable("The resolution declares " + declared + " solutions, so there is no solution "
                    + number + "; an admin must raise the declared count first (PUT /api/v1/plan/declared/solutions).");
        }
    }

    static void requireTask(short taskNumber) {
        if (Task.findById(taskNumber) == null) {
            throw unprocessable("There is no task " + taskNumber + " yet; enter it first (POST /api/v1/tasks).");
        }
    }

    static void requirePrograms(Collection<String> codes) {
        List<String> unknown = codes.stream().filter(c -> KeyProgram.findById(c) == null).toList();
        if (!unknown.isEmpty()) {
            throw unprocessable("Unknown program code(s) " + unknown + "; see GET /api/v1/programs.");
        }
    }

    static void requireDates(LocalDate start, LocalDate due) {
        if (start != null && due != null && start.isAfter(due)) {
            throw unprocessable("startDate " + start + " is after dueDate " + due + ".");
        }
    }

    static void requireConsistent(StatusRules.State state) {
        StatusRules.inconsistency(state).ifPresent(why -> {
            throw unprocessable(why);
        });
    }

    static void requireAllowed(Optional<String> refusal) {
        refusal.ifPresent(why -> {
            throw unprocessable(why);
        });
    }

    static ProblemException unprocessable(String detail) {
        return ProblemException.of(ProblemType.UNPROCESSABLE, 422, detail);
    }
}
