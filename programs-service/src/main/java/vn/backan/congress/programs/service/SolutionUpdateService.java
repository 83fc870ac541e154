package vn.backan.congress.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.backan.congress.commons.rest.store.ChangeFeed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.rest.security.Caller;
import vn.backan.congress.commons.rest.write.Change;
import vn.backan.congress.commons.rest.write.Writes;
import vn.backan.congress.commons.time.ProvinceDay;
import vn.backan.congress.programs.domain.Solution;
import vn.backan.congress.programs.domain.SolutionUpdate;
import vn.backan.congress.programs.domain.StatusRules;
import vn.backan.congress.programs.domain.StatusRules.State;
import vn.backan.congress.programs.store.Timeline;

/**
 * Appends an implementation update and moves the solution to where its latest effective entry
 * says. New entries go in date order, from the resolution's adoption to today; a correction takes
 * the date of the entry it corrects and replaces it.
 */
@ApplicationScoped
public class SolutionUpdateService {

    /** The resolution was adopted on the congress's last day: nothing was implemented before it. */
    static final LocalDate TERM_START = LocalDate.of(2020, 10, 28);

    @Inject
    Timeline timeline;

    @Inject
    SolutionService solutions;

    @Inject
    Writes writes;

    public SolutionUpdate find(short number, long id) {
        return timeline.entry(id).filter(u -> u.solutionNumber == number).orElseThrow(() -> ProblemException.of(
                ProblemType.HTTP, 404, "Solution " + number + " has no update " + id + "."));
    }

    /**
     * Reports progress on a solution, once per Idempotency-Key. The solution is locked for
     * writing, so two updates of one solution run one after the other.
     */
    public UpdateView append(short number, UpdateInput input) {
        return writes.inTransaction(() -> {
            SolutionUpdate u = append(solutions.findForUpdate(number), input, writes.caller(), writes.requestId());
            // An update keeps its own author and request; the solution shows its latest update, so it changed too.
            writes.record(Change.unlogged(PublishedEntities.UPDATE, u.id, ChangeFeed.Action.CREATED),
                    Change.unlogged(PublishedEntities.SOLUTION, number, ChangeFeed.Action.UPDATED));
            return UpdateView.of(u);
        });
    }

    private SolutionUpdate append(Solution solution, UpdateInput in, Caller caller, String requestId) {
        String orgUnit = orgUnitOf(in, caller);
        requireReportsOn(solution, orgUnit, caller);
        requireWithinTerm(in.reportDate());
        State from = in.correctsId() == null ? fromForNewEntry(solution, in)
                : fromForCorrection(solution, in, orgUnit, caller);
        State to = new State(in.status(), in.percentComplete());
        SolutionRules.requireAllowed(StatusRules.refusal(from, to, caller.hasRole("admin")));
        SolutionUpdate u = new SolutionUpdate();
        u.solutionNumber = solution.number;
        u.reportDate = in.reportDate();
        u.orgUnit = orgUnit;
        u.status = in.status();
        u.percentComplete = in.percentComplete();
        u.narrativeVi = in.narrative().normalised().vi();
        u.narrativeEn = in.narrative().normalised().en();
        u.evidenceUrl = in.evidenceUrl();
        u.correctsId = in.correctsId();
        u.author = caller.name();
        u.requestId = requestId;
        u.recordedAt = writes.now();
        u.persistAndFlush();
        SolutionUpdate latest = timeline.latestOf(solution.number).orElse(u);
        solution.status = latest.status;
        solution.percentComplete = latest.percentComplete;
        // Always touched, so the solution's version moves with its timeline.
        solution.updatedAt = u.recordedAt;
        Solution.flush();
        return u;
    }

    private State fromForNewEntry(Solution solution, UpdateInput in) {
        Optional<SolutionUpdate> latest = timeline.latestOf(solution.number);
        if (latest.isPresent() && in.reportDate().isBefore(latest.get().reportDate)) {
            throw SolutionRules.unprocessable("The latest entry is dated " + latest.get().reportDate + "; new entries"
                    + " go in date order. To fix an earlier entry, post a correction of it (correctsId).");
        }
        return solution.state();
    }

    /** A correction names an effective entry of this solution, keeps its date, and fits between its neighbours. */
    private State fromForCorrection(Solution solution, UpdateInput in, String orgUnit, Caller caller) {
        SolutionUpdate corrected = timeline.entry(in.correctsId()).orElse(null);
        if (corrected == null || corrected.solutionNumber != solution.number) {
            throw SolutionRules.unprocessable("correctsId " + in.correctsId() + " is not an entry of solution "
                    + solution.number + ".");
        }
        caller.requireMayWriteFor(corrected.orgUnit);
        if (!corrected.orgUnit.equals(orgUnit)) {
            throw SolutionRules.unprocessable("Entry " + corrected.id + " was reported by " + corrected.orgUnit
                    + "; its correction is reported by the same unit, not " + orgUnit + ".");
        }
        if (timeline.isCorrected(corrected.id)) {
            throw SolutionRules.unprocessable("Entry " + corrected.id + " has already been corrected; correct the"
                    + " correction instead.");
        }
        if (!in.reportDate().equals(corrected.reportDate)) {
            throw SolutionRules.unprocessable("A correction keeps the date of the entry it corrects ("
                    + corrected.reportDate + "), not " + in.reportDate() + ".");
        }
        Timeline.Neighbours around = timeline.around(corrected);
        around.after().filter(next -> in.percentComplete() > next.percentComplete).ifPresent(next -> {
            throw SolutionRules.unprocessable("The entry of " + next.reportDate + " says " + next.percentComplete
                    + "%; a correction of an earlier entry cannot say more (" + in.percentComplete() + "%).");
        });
        return around.before().map(b -> new State(b.status, b.percentComplete)).orElse(State.INITIAL);
    }

    /** A reporter reports only for its own unit, and only on solutions that unit reports on. */
    private static void requireReportsOn(Solution solution, String orgUnit, Caller caller) {
        caller.requireMayWriteFor(orgUnit);
        if (solution.reportingOrgUnits.contains(orgUnit)) {
            return;
        }
        String detail = "Org unit " + orgUnit + " does not report on solution " + solution.number
                + (solution.reportingOrgUnits.isEmpty() ? "; it has no reporting org units yet (an admin sets them)."
                        : "; its reporting org units are " + String.join(", ", solution.reportingOrgUnits) + ".");
        throw caller.hasRole("admin") ? SolutionRules.unprocessable(detail)
                : ProblemException.of(ProblemType.HTTP, 403, detail);
    }

    private static void requireWithinTerm(LocalDate reportDate) {
        LocalDate today = ProvinceDay.today();
        if (reportDate.isAfter(today) || reportDate.isBefore(TERM_START)) {
            throw SolutionRules.unprocessable("reportDate " + reportDate + " is outside the term so far ("
                    + TERM_START + " to " + today + ", today in Bắc Kạn).");
        }
    }

    private static String orgUnitOf(UpdateInput in, Caller caller) {
        if (in.orgUnit() != null) {
            return in.orgUnit();
        }
        return caller.orgUnit().orElseThrow(() -> new ProblemException(Problems.validation(
                "Say which org unit reports this update.", List.of(
                        new Problem.FieldError("orgUnit", "must not be blank when the token names no org unit")))));
    }
}
