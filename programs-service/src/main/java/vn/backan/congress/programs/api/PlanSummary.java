package vn.backan.congress.programs.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.programs.domain.DeclaredCount;
import vn.backan.congress.programs.domain.Solution;
import vn.backan.congress.programs.domain.SolutionStatus;
import vn.backan.congress.programs.domain.Task;

/** Computes the plan view: declared, recorded, missing, and the recorded solutions' statuses. */
@ApplicationScoped
public class PlanSummary {

    public PlanView of(LocalDate asOf) {
        DeclaredCount taskCount = DeclaredCount.of(DeclaredCount.Kind.TASK);
        DeclaredCount solutionCount = DeclaredCount.of(DeclaredCount.Kind.SOLUTION);
        Set<Integer> tasks = Task.<Task>listAll().stream().map(t -> (int) t.number).collect(Collectors.toSet());
        List<Solution> solutions = Solution.listAll();
        Set<Integer> solutionNumbers = solutions.stream().map(s -> (int) s.number).collect(Collectors.toSet());
        List<Integer> missingTasks = missing(taskCount.declared, tasks);
        List<Integer> missingSolutions = missing(solutionCount.declared, solutionNumbers);
        Map<SolutionStatus, Long> byStatus = new EnumMap<>(SolutionStatus.class);
        for (SolutionStatus status : SolutionStatus.values()) {
            byStatus.put(status, solutions.stream().filter(s -> s.status == status).count());
        }
        long overdue = solutions.stream().filter(s -> s.overdueOn(asOf)).count();
        return new PlanView(LocalizedText.of(taskCount.sourceVi, PlanView.SOURCE_EN),
                new PlanView.PlanCounts(taskCount.declared, solutionCount.declared),
                new PlanView.PlanCounts(tasks.size(), solutions.size()),
                new PlanView.PlanCounts(missingTasks.size(), missingSolutions.size()),
                new PlanView.PlanMissingNumbers(missingTasks, missingSolutions), byStatus, overdue, asOf);
    }

    private static List<Integer> missing(int declared, Set<Integer> recorded) {
        return IntStream.rangeClosed(1, declared).filter(n -> !recorded.contains(n)).boxed().toList();
    }
}
