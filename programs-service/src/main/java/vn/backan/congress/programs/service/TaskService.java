package vn.backan.congress.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import vn.backan.congress.commons.etag.Preconditions;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.rest.store.ChangeFeed;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.rest.write.Change;
import vn.backan.congress.commons.rest.write.Writes;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.programs.domain.DeclaredCount;
import vn.backan.congress.programs.domain.Task;
import vn.backan.congress.programs.store.SolutionQueries;
import vn.backan.congress.programs.store.TaskQueries;

/** The plan's tasks: an admin enters them (the seed gives only their number) and corrects their wording. */
@ApplicationScoped
public class TaskService {

    @Inject
    TaskQueries tasks;

    @Inject
    SolutionQueries solutions;

    @Inject
    SolutionRules rules;

    @Inject
    Writes writes;

    public Task find(short number) {
        return tasks.byNumber(number).orElseThrow(() -> notFound(number));
    }

    public TaskView view(Task task) {
        return TaskView.of(task, solutions.numbersOfTask(task.number));
    }

    /** Every task, by number, with its solutions' numbers read in one query rather than one per task. */
    public List<TaskView> all() {
        Map<Short, List<Integer>> numbers = solutions.numbersByTask();
        return tasks.all().stream().map(t -> TaskView.of(t, numbers.getOrDefault(t.number, List.of()))).toList();
    }

    /** A number above the declared count is a 422 (change the count first); a number taken is a 409. */
    public TaskView create(TaskInput input) {
        return writes.inTransaction(() -> {
            rules.requireWithinDeclared(DeclaredCount.Kind.TASK, input.number());
            if (tasks.byNumber(input.number()).isPresent()) {
                throw ProblemException.of(ProblemType.CONFLICT, 409, "Task " + input.number() + " is already recorded;"
                        + " change it with PATCH /api/v1/tasks/" + input.number() + ".");
            }
            Task task = new Task();
            task.number = input.number();
            apply(task, input.title().normalised(), input.description() == null ? null : input.description().normalised());
            task.createdBy = writes.caller().name();
            task.createdAt = task.updatedAt = writes.now();
            task.persistAndFlush();
            TaskView created = view(task);
            // The declared count's view counts the recorded tasks, so it changed too.
            writes.record(Change.created(PublishedEntities.TASK, task.number, created),
                    Change.unlogged(PublishedEntities.DECLARED_COUNT, DeclaredCount.Kind.TASK, ChangeFeed.Action.UPDATED));
            return created;
        });
    }

    /** The wording only; If-Match is required and the old wording stays in the history. */
    public TaskView correct(short number, String ifMatch, TaskPatch patch) {
        return writes.inTransaction(() -> {
            Task task = tasks.forUpdate(number).orElseThrow(() -> notFound(number));
            TaskView before = view(task);
            Preconditions.requireIfMatch(ifMatch, writes.etag(before));
            apply(task, patch.title() == null ? before.title() : patch.title().normalised(),
                    patch.description() == null ? before.description() : patch.description().normalised());
            task.updatedAt = writes.now();
            Task.flush();
            TaskView after = view(task);
            writes.record(Change.updated(PublishedEntities.TASK, number, "CORRECT", Map.of("task", before, "reason",
                    patch.reason()), after));
            return after;
        });
    }

    public List<ChangeLog.Entry> history(short number) {
        find(number);
        return writes.history(PublishedEntities.TASK, number);
    }

    private static void apply(Task task, LocalizedText title, LocalizedText description) {
        task.titleVi = title.vi();
        task.titleEn = title.en();
        task.descriptionVi = description == null ? null : description.vi();
        task.descriptionEn = description == null ? null : description.en();
    }

    private static ProblemException notFound(short number) {
        return ProblemException.of(ProblemType.HTTP, 404, "There is no task " + number + ".");
    }
}
