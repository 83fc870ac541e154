package vn.backan.congress.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.programs.domain.DeclaredCount;
import vn.backan.congress.programs.domain.StatusRules;
import vn.backan.congress.programs.store.PlanQueries;
import vn.backan.congress.programs.store.TaskQueries;

/** The checks tasks and solutions must pass before they are stored, each refusal a 422 that says what to do. */
@ApplicationScoped
public class SolutionRules {

    @Inject
    PlanQueries plan;

    @Inject
    TaskQueries tasks;

    /** Read-locked: an admin lowering the count waits until this create has committed. */
    void requireWithinDeclared(DeclaredCount.Kind kind, short number) {
        int declared = plan.declared(kind, LockModeType.PESSIMISTIC_READ).declared;
        if (number > declared) {
            String what = kind == DeclaredCount.Kind.TASK ? "tasks" : "solutions";
            String one = kind == DeclaredCount.Kind.TASK ? "task" : "solution";
            throw unprocessable("The resolution declares " + declared + " " + what + ", so there is no " + one + " "
                    + number + "; an admin must raise the declared count first (PUT /api/v1/plan/declared/" + what
                    + ").");
        }
    }

    void requireTask(short taskNumber) {
        if (tasks.byNumber(taskNumber).isEmpty()) {
            throw unprocessable("There is no task " + taskNumber + " yet; enter it first (POST /api/v1/tasks).");
        }
    }

    void requirePrograms(Collection<String> codes) {
        List<String> unknown = codes.stream().filter(c -> plan.program(c).isEmpty()).toList();
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
