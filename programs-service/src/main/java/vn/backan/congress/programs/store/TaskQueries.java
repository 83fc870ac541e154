package vn.backan.congress.programs.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import vn.backan.congress.programs.domain.Task;

/** Reads tasks, in number order. */
@ApplicationScoped
public class TaskQueries {

    public Optional<Task> byNumber(short number) {
        return Task.findByIdOptional(number);
    }

    /** Locked for writing: two corrections of one task run one after the other. */
    public Optional<Task> forUpdate(short number) {
        return Task.findByIdOptional(number, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Task> all() {
        return Task.list("order by number");
    }

    public long count() {
        return Task.count();
    }

    /** The highest number recorded, 0 when there is none. */
    public int highestNumber() {
        Number max = (Number) Task.getEntityManager().createQuery("select max(t.number) from Task t")
                .getSingleResult();
        return max == null ? 0 : max.intValue();
    }
}
