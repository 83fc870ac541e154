package vn.backan.congress.programs.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.backan.congress.programs.domain.Solution;

/** Reads solutions, in number order. */
@ApplicationScoped
public class SolutionQueries {

    public Optional<Solution> byNumber(short number) {
        return Solution.findByIdOptional(number);
    }

    /** Locked for writing: concurrent edits and updates of one solution run one after the other. */
    public Optional<Solution> forUpdate(short number) {
        return Solution.findByIdOptional(number, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Solution> all() {
        return Solution.list("order by number");
    }

    public List<Integer> numbersOfTask(short taskNumber) {
        return Solution.<Solution>list("taskNumber = ?1 order by number", taskNumber).stream()
                .map(s -> (int) s.number).toList();
    }

    /** The solution numbers of every task, in one query, for a list of tasks. */
    public Map<Short, List<Integer>> numbersByTask() {
        return all().stream().collect(Collectors.groupingBy(s -> s.taskNumber,
                Collectors.mapping(s -> (int) s.number, Collectors.toList())));
    }

    public long count() {
        return Solution.count();
    }

    /** The highest number recorded, 0 when there is none. */
    public int highestNumber() {
        Number max = (Number) Solution.getEntityManager().createQuery("select max(s.number) from Solution s")
                .getSingleResult();
        return max == null ? 0 : max.intValue();
    }
}
