package vn.backan.congress.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.backan.congress.commons.etag.Preconditions;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.rest.store.ChangeFeed;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.rest.write.Change;
import vn.backan.congress.commons.rest.write.Writes;
import vn.backan.congress.programs.client.TargetsLookup.Kind;
import vn.backan.congress.programs.client.TargetsReferences;
import vn.backan.congress.commons.time.ProvinceDay;
import vn.backan.congress.programs.domain.DeclaredCount;
import vn.backan.congress.programs.domain.Solution;
import vn.backan.congress.programs.store.SolutionQueries;
import vn.backan.congress.programs.store.TaskQueries;
import vn.backan.congress.programs.store.Timeline;

/**
 * Creates and edits solutions. Local checks come first; the references to targets-service
 * (indicator codes, reporting org units) are checked last, just before the write, so a refusal
 * never leaves anything half stored. They are first asked before the transaction opens, so that a
 * slow targets-service holds no row lock; the checks inside the write then find those codes
 * already confirmed (CheckedReferences).
 */
@ApplicationScoped
public class SolutionService {

    @Inject
    TargetsReferences references;

    @Inject
    SolutionQueries solutions;

    @Inject
    TaskQueries tasks;

    @Inject
    Timeline timeline;

    @Inject
    SolutionChanges changes;

    @Inject
    Writes writes;

    public Solution find(short number) {
        return solutions.byNumber(number).orElseThrow(() -> notFound(number));
    }

    /** Locked for writing: concurrent edits and updates of one solution run one after the other. */
    Solution findForUpdate(short number) {
        return solutions.forUpdate(number).orElseThrow(() -> notFound(number));
    }

    /** As GET serves it, with its latest update, overdue as of today in Bắc Kạn. */
    public SolutionView view(Solution s) {
        return SolutionView.of(s, timeline.latestOf(s.number).map(UpdateView::of).orElse(null), ProvinceDay.today());
    }

    /**
     * 422 above the declared count, for an unknown task, program or reference; 409 when the number
     * is taken; 503 when targets-service cannot check the references.
     */
    public SolutionView create(SolutionInput input) {
        return writes.inTransaction(() -> {
            Solution s = changes.insert(input);
            SolutionView created = view(s);
            // Its task lists its solutions and the declared count counts them: both changed too.
            touchTasks(List.of(s.taskNumber));
            writes.record(Change.created(PublishedEntities.SOLUTION, s.number, created),
                    Change.unlogged(PublishedEntities.TASK, s.taskNumber, ChangeFeed.Action.UPDATED),
                    Change.unlogged(PublishedEntities.DECLARED_COUNT, DeclaredCount.Kind.SOLUTION,
                            ChangeFeed.Action.UPDATED));
            return created;
        });
    }

    /** Anything may change, with If-Match and a reason; the result must still make sense (422). */
    public SolutionView edit(short number, String ifMatch, SolutionPatch patch) {
        checkReferences(number, patch);
        return writes.inTransaction(() -> {
            Solution s = findForUpdate(number);
            SolutionView before = view(s);
            Preconditions.requireIfMatch(ifMatch, writes.etag(before));
            short taskBefore = s.taskNumber;
            changes.apply(s, patch);
            SolutionView after = view(s);
            List<Short> touched = java.util.stream.Stream.of(taskBefore, s.taskNumber).distinct().toList();
            touchTasks(touched);
            List<Change> recorded = new java.util.ArrayList<>(List.of(Change.updated(PublishedEntities.SOLUTION, number,
                    "EDIT", Map.of("solution", before, "reason", patch.reason()), after)));
            touched.forEach(t -> recorded.add(Change.unlogged(PublishedEntities.TASK, t, ChangeFeed.Action.UPDATED)));
            writes.record(recorded);
            return after;
        });
    }

    /** A task's view lists its solutions' numbers: when those change, so does its updatedAt. */
    private void touchTasks(List<Short> numbers) {
        numbers.forEach(n -> tasks.forUpdate(n).ifPresent(t -> t.updatedAt = writes.now()));
    }

    public List<ChangeLog.Entry> history(short number) {
        find(number);
        return writes.history(PublishedEntities.SOLUTION, number);
    }

    /**
     * The references of a new solution, checked before its transaction opens, so that a slow
     * targets-service holds no row lock; the checks inside the write then find them confirmed.
     */
    public void checkReferences(SolutionInput in) {
        references.requireKnown(Kind.INDICATOR, "indicatorCodes", SolutionChanges.orEmpty(in.indicatorCodes()), Set.of());
        references.requireKnown(Kind.ORG_UNIT, "reportingOrgUnits", SolutionChanges.orEmpty(in.reportingOrgUnits()),
                Set.of());
    }

    /**
     * The references an edit adds, checked outside any transaction; codes the solution already
     * holds were checked when stored. Nothing to do when there is no such solution (the edit 404s).
     */
    private void checkReferences(short number, SolutionPatch p) {
        Solution current = solutions.byNumber(number).orElse(null);
        if (current == null) {
            return;
        }
        if (p.indicatorCodes() != null) {
            references.requireKnown(Kind.INDICATOR, "indicatorCodes", p.indicatorCodes(), Set.copyOf(current.indicatorCodes));
        }
        if (p.reportingOrgUnits() != null) {
            references.requireKnown(Kind.ORG_UNIT, "reportingOrgUnits", p.reportingOrgUnits(),
                    Set.copyOf(current.reportingOrgUnits));
        }
    }

    private static ProblemException notFound(short number) {
        return ProblemException.of(ProblemType.HTTP, 404, "There is no solution " + number + ".");
    }
}
