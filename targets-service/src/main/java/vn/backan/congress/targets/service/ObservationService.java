package vn.backan.congress.targets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.backan.congress.commons.etag.Preconditions;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.rest.store.ChangeFeed;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.rest.write.Writes;
import vn.backan.congress.targets.api.ImportReportView;
import vn.backan.congress.targets.api.ObservationView;
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

    /** The entity type of figures in the change feed. */
    public static final String FEED_TYPE = "observation";

    @Inject
    Catalogue catalogue;

    @Inject
    ObservationQueries observations;

    @Inject
    Writes writes;

    /**
     * One import: the caller's scope, the checks, the all-or-nothing rule and the write, in one
     * transaction with its stored answer. A dry run stores neither figures nor its answer.
     * {@code request} is what an Idempotency-Key replay compares.
     */
    public Response importFigures(List<FigureRow> rows, boolean dryRun, boolean keepValid, String key,
            String request) {
        Supplier<Response> run = () -> {
            rows.stream().map(FigureRow::orgUnit).filter(u -> u != null && !u.isBlank()).map(String::trim).distinct()
                    .forEach(writes.caller()::requireMayWriteFor);
            return check(rows, dryRun, keepValid);
        };
        return dryRun ? writes.dryRun(key, request, run) : writes.once(key, request, run);
    }

    public Observation find(long id) {
        return observations.byId(id)
                .orElseThrow(() -> ProblemException.of(ProblemType.HTTP, 404, "There is no figure " + id + "."));
    }

    /** An admin approves a submitted figure; the change log keeps it like every other change. */
    public Response approve(long id, String ifMatch) {
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
            return saved(o, before, "APPROVE", ChangeFeed.Action.UPDATED);
        });
    }

    /**
     * A figure entered by mistake leaves lists and progress, with who withdrew it, when and why; it
     * is never deleted, its history keeps it, and the feed shows its tombstone. An admin may withdraw
     * any figure; a reporter only its own unit's, and only while it is still SUBMITTED (an approved
     * figure is the admin's to withdraw).
     */
    public Response withdraw(long id, String ifMatch, String reason) {
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
            return saved(o, before, "WITHDRAW", ChangeFeed.Action.WITHDRAWN);
        });
    }

    /** A figure's change saved: flushed, logged, its dataset's version moved on, and in the change feed. */
    private Response saved(Observation o, ObservationView before, String action, ChangeFeed.Action change) {
        Observation.flush();
        ObservationView after = ObservationView.of(o);
        writes.log("observation", o.id, action, before, after);
        writes.changed(Datasets.FIGURES);
        writes.feed(FEED_TYPE, List.of(String.valueOf(o.id)), change);
        return writes.ok(after);
    }

    /** The figure's recorded changes other than its values: who approved it, when, under which request. */
    public List<ChangeLog.Entry> changes(long id) {
        return writes.history("observation", id);
    }

    private Response check(List<FigureRow> rows, boolean dryRun, boolean keepValid) {
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
            if (!plan.create().isEmpty() || !plan.update().isEmpty()) {
                writes.changed(Datasets.FIGURES);
                writes.feed(FEED_TYPE, applied.created(), ChangeFeed.Action.CREATED);
                writes.feed(FEED_TYPE, applied.updated(), ChangeFeed.Action.UPDATED);
            }
        }
        ImportReportView report = ImportReportView.of(new ImportReport(dryRun, commit, new ImportReport.Counts(
                plan.create().size(), plan.update().size(), plan.unchanged(), checked.conflicts().size()),
                checked.conflicts()));
        if (rejectAll) {
            Problem p = Problems.of(ProblemType.UNPROCESSABLE, 422, checked.conflicts().size() + " of " + rows.size()
                    + " rows were rejected, so nothing was saved; fix them, or send keepValid=true to save the others.");
            return json(422, Problem.MEDIA_TYPE, new ImportReportView.Rejected(ProblemType.UNPROCESSABLE.uri(),
                    p.title(), 422, p.detail(), writes.path(), writes.requestId(), report));
        }
        return json(200, "application/json", report);
    }

    /** Serialised here so the same bytes can be stored for a replay. */
    private Response json(int status, String mediaType, Object body) {
        return Response.status(status).type(mediaType).entity(writes.json(body)).build();
    }
}
