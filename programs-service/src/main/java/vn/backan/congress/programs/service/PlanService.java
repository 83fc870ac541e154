package vn.backan.congress.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.backan.congress.commons.etag.Preconditions;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.rest.write.Change;
import vn.backan.congress.commons.rest.write.Writes;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.programs.domain.DeclaredCount;
import vn.backan.congress.programs.domain.Solution;
import vn.backan.congress.programs.domain.SolutionStatus;
import vn.backan.congress.programs.store.PlanQueries;
import vn.backan.congress.programs.store.SolutionQueries;
import vn.backan.congress.programs.store.TaskQueries;

/** The plan of section 4.2: declared against recorded, and an admin's change of a declared count. */
@ApplicationScoped
public class PlanService {

    @Inject
    PlanQueries plan;

    @Inject
    TaskQueries tasks;

    @Inject
    SolutionQueries solutions;

    @Inject
    Writes writes;

    /** Declared, recorded, missing, and the recorded solutions' statuses on {@code asOf}. */
    public PlanView summary(LocalDate asOf) {
        DeclaredCount taskCount = plan.declared(DeclaredCount.Kind.TASK);
        DeclaredCount solutionCount = plan.declared(DeclaredCount.Kind.SOLUTION);
        Set<Integer> taskNumbers = tasks.all().stream().map(t -> (int) t.number).collect(Collectors.toSet());
        List<Solution> recorded = solutions.all();
        Set<Integer> solutionNumbers = recorded.stream().map(s -> (int) s.number).collect(Collectors.toSet());
        List<Integer> missingTasks = missing(taskCount.declared, taskNumbers);
        List<Integer> missingSolutions = missing(solutionCount.declared, solutionNumbers);
        Map<SolutionStatus, Long> byStatus = new EnumMap<>(SolutionStatus.class);
        for (SolutionStatus status : SolutionStatus.values()) {
            byStatus.put(status, recorded.stream().filter(s -> s.status == status).count());
        }
        long overdue = recorded.stream().filter(s -> s.overdueOn(asOf)).count();
        return new PlanView(LocalizedText.of(taskCount.sourceVi, PlanView.SOURCE_EN),
                new PlanView.PlanCounts(taskCount.declared, solutionCount.declared),
                new PlanView.PlanCounts(taskNumbers.size(), recorded.size()),
                new PlanView.PlanCounts(missingTasks.size(), missingSolutions.size()),
                new PlanView.PlanMissingNumbers(missingTasks, missingSolutions), byStatus, overdue, asOf);
    }

    public DeclaredCountView declared(String kind) {
        return view(plan.declared(kindOf(kind)));
    }

    /** Never below a number already recorded; If-Match and a reason are required, and the change is kept. */
    public DeclaredCountView change(String kind, String ifMatch, DeclaredCountChange change) {
        return writes.inTransaction(() -> {
            // Locked, so a create checking the count waits for this change (and the other way round).
            DeclaredCount count = plan.declared(kindOf(kind), LockModeType.PESSIMISTIC_WRITE);
            DeclaredCountView before = view(count);
            Preconditions.requireIfMatch(ifMatch, writes.etag(before));
            int highest = count.kind == DeclaredCount.Kind.TASK ? tasks.highestNumber() : solutions.highestNumber();
            if (change.declared() < highest) {
                throw ProblemException.of(ProblemType.UNPROCESSABLE, 422, "Number " + highest + " is already recorded,"
                        + " so the declared count of " + kind + " cannot go below " + highest + ".");
            }
            count.declared = change.declared();
            count.updatedAt = writes.now();
            DeclaredCount.flush();
            DeclaredCountView after = view(count);
            writes.record(Change.updated(PublishedEntities.DECLARED_COUNT, count.kind, "CHANGE", Map.of("count",
                    before, "reason", change.reason()), after));
            return after;
        });
    }

    public List<ChangeLog.Entry> history(String kind) {
        return writes.history(PublishedEntities.DECLARED_COUNT, kindOf(kind));
    }

    DeclaredCountView view(DeclaredCount count) {
        boolean isTask = count.kind == DeclaredCount.Kind.TASK;
        long recorded = isTask ? tasks.count() : solutions.count();
        return new DeclaredCountView(isTask ? "tasks" : "solutions", count.declared, (int) recorded, count.sourceVi,
                count.updatedAt);
    }

    private static DeclaredCount.Kind kindOf(String kind) {
        return switch (kind) {
            case "tasks" -> DeclaredCount.Kind.TASK;
            case "solutions" -> DeclaredCount.Kind.SOLUTION;
            default -> throw ProblemException.of(ProblemType.HTTP, 404,
                    "There is no declared count " + kind + "; there are tasks and solutions.");
        };
    }

    private static List<Integer> missing(int declared, Set<Integer> recorded) {
        return IntStream.rangeClosed(1, declared).filter(n -> !recorded.contains(n)).boxed().toList();
    }
}
