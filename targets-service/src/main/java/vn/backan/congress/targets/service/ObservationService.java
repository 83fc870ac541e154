package vn.backan.congress.targets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.backan.congress.commons.etag.Preconditions;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.rest.store.ChangeFeed;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.rest.write.Change;
import vn.backan.congress.commons.rest.write.Writes;
import vn.backan.congress.targets.domain.Observation;
import vn.backan.congress.targets.domain.reporting.FigureRow;
import vn.backan.congress.targets.domain.reporting.FigureValidator;
import vn.backan.congress.targets.domain.reporting.ImportReport;
import vn.backan.congress.targets.domain.reporting.ReportedIndicator;
import vn.backan.congress.targets.store.Catalogue;
import vn.backan.congress.targets.store.ObservationQueries;

/** District figures: an import, checked row by row and all or nothing, and an admin's approval. */
@ApplicationScoped
public class ObservationService {

    @Inject
    Catalogue catalogue;

    @Inject
    ObservationQueries observations;

    @Inject
    Writes writes;

    /**
     * What an import did, or would do on a dry run; {@code rejected} when rows were refused and the
     * import was all or nothing, so nothing was saved.
     */
    public record ImportOutcome(ImportReport report, boolean rejected, int rows) {
    }

    /**
     * One import: the caller's scope, the checks, the all-or-nothing rule and the write, in one
     * transaction. A dry run stores nothing.
     */
    public ImportOutcome importFigures(List<FigureRow> rows, boolean dryRun, boolean keepValid) {
        return writes.inTransaction(() -> {
            rows.stream().map(FigureRow::orgUnit).filter(u -> u != null && !u.isBlank()).map(String::trim).distinct()
                    .forEach(writes.caller()::requireMayWriteFor);
            return check(rows, dryRun, keepValid);
        });
    }

    public Observation find(long id) {
        return observations.byId(id)
                .orElseThrow(() -> ProblemException.of(ProblemType.HTTP, 404, "There is no figure " + id + "."));
    }

    /** An admin approves a submitted figure; the change log keeps it like every other change. */
    public ObservationView approve(long id, String ifMatch) {
        return writes.inTransaction(() -> {
            Observation o = find(id);
            ObservationView before = ObservationView.of(o);
            Preconditions.requireIfMatch(ifMatch, writes.etag(before));
            if (o.state == Observation.State.APPROVED) {
                throw ProblemException.of(ProblemType.CONFLICT, 409, "Figure " + id + " is already approved.");
            }
            if (o.state == Observation.State.WITHDRAWN) {
                throw ProblemException.of(ProblemType.CONFLICT, 409, "Figure " + id + " is withdrawn; send it again"
                        + " as an import to bring it back, then approve it.");
            }
            o.state = Observation.State.APPROVED;
            o.approvedBy = writes.caller().name();
            o.approvedAt = writes.now();
            o.updatedAt = writes.now();
            o.requestId = writes.requestId();
            return saved(o, after -> Change.updated(PublishedEntities.FIGURE, o.id, "APPROVE", before, after));
        });
    }

    /**
     * A figure entered by mistake leaves lists and progress, with who withdrew it, when and why; it
     * is never deleted, its history keeps it, and the feed shows its tombstone. An admin may withdraw
     * any figure; a reporter only its own unit's, and only while it is still SUBMITTED (an approved
     * figure is the admin's to withdraw).
     */
    public ObservationView withdraw(long id, String ifMatch, String reason) {
        return writes.inTransaction(() -> {
            Observation o = find(id);
            ObservationView before = ObservationView.of(o);
            Preconditions.requireIfMatch(ifMatch, writes.etag(before));
            writes.caller().requireMayWriteFor(o.orgUnitCode);
            if (o.state == Observation.State.WITHDRAWN) {
                throw ProblemException.of(ProblemType.CONFLICT, 409, "Figure " + id + " is already withdrawn.");
            }
            if (o.state == Observation.State.APPROVED && !writes.caller().hasRole("admin")) {
                throw ProblemException.of(ProblemType.HTTP, 403, "Figure " + id + " is approved; only an admin may"
                        + " withdraw it now.");
            }
            o.state = Observation.State.WITHDRAWN;
            o.withdrawnBy = writes.caller().name();
            o.withdrawnAt = writes.now();
            o.withdrawReason = reason;
            o.updatedAt = writes.now();
            o.requestId = writes.requestId();
            return saved(o, after -> Change.withdrawn(PublishedEntities.FIGURE, o.id, "WITHDRAW", before, after));
        });
    }

    /** A figure's change saved: flushed, then recorded as {@code change} says with the figure as it is now. */
    private ObservationView saved(Observation o, Function<ObservationView, Change> change) {
        Observation.flush();
        ObservationView after = ObservationView.of(o);
        writes.record(change.apply(after));
        return after;
    }

    /** The figure's recorded changes other than its values: who approved it, when, under which request. */
    public List<ChangeLog.Entry> changes(long id) {
        return writes.history(PublishedEntities.FIGURE, id);
    }

    private ImportOutcome check(List<FigureRow> rows, boolean dryRun, boolean keepValid) {
        Map<String, ReportedIndicator> indicators = catalogue.indicators().stream()
                .map(i -> new ReportedIndicator(i.code, i.targetKind, i.unit))
                .collect(Collectors.toMap(ReportedIndicator::code, Function.identity()));
        Set<String> units = catalogue.orgUnits().stream().map(u -> u.code).collect(Collectors.toSet());
        FigureValidator.Result checked = new FigureValidator(indicators, units).check(rows);
        ImportPlan plan = ImportPlan.of(checked.valid(), observations.ofIndicators(
                checked.valid().stream().map(f -> f.indicator()).distinct().toList()));
        boolean rejectAll = !checked.conflicts().isEmpty() && !keepValid;
        boolean commit = !dryRun && !rejectAll;
        if (commit) {
            ImportPlan.Applied applied = plan.apply(writes.caller().name(), writes.requestId(), writes.now());
            // A figure keeps its own revisions: the change log does not repeat them.
            List<Change> changes = new ArrayList<>();
            applied.created().forEach(id -> changes.add(Change.unlogged(PublishedEntities.FIGURE, id,
                    ChangeFeed.Action.CREATED)));
            applied.updated().forEach(id -> changes.add(Change.unlogged(PublishedEntities.FIGURE, id,
                    ChangeFeed.Action.UPDATED)));
            if (!changes.isEmpty()) {
                writes.record(changes);
            }
        }
        ImportReport report = new ImportReport(dryRun, commit, new ImportReport.Counts(plan.create().size(),
                plan.update().size(), plan.unchanged(), checked.conflicts().size()), checked.conflicts());
        return new ImportOutcome(report, rejectAll, rows.size());
    }
}
