package vn.backan.congress.programs.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.rest.security.Caller;
import vn.backan.congress.commons.text.VietnameseText;
import vn.backan.congress.programs.domain.Solution;
import vn.backan.congress.programs.domain.SolutionUpdate;
import vn.backan.congress.programs.domain.StatusRules;
import vn.backan.congress.programs.store.Timeline;

/**
 * Appends an implementation update and moves the solution to the state it reports. The timeline
 * runs in date order, so an entry may not be dated before the latest one or after today.
 */
@ApplicationScoped
public class UpdateWriter {

    @Inject
    Timeline timeline;

    public SolutionUpdate append(Solution solution, UpdateInput in, Caller caller, String requestId) {
        String orgUnit = orgUnitOf(in, caller);
        caller.requireMayWriteFor(orgUnit);
        if (in.reportDate().isAfter(ProvinceDay.today())) {
            throw SolutionRules.unprocessable("reportDate " + in.reportDate() + " is in the future (today is "
                    + ProvinceDay.today() + " in Bắc Kạn).");
        }
        Optional<SolutionUpdate> latest = timeline.latestOf(solution.number);
        if (latest.isPresent() && in.reportDate().isBefore(latest.get().reportDate)) {
            throw SolutionRules.unprocessable("The latest entry is dated " + latest.get().reportDate + "; entries"
                    + " go in date order, so date this one that day or later (a correction names correctsId).");
        }
        if (in.correctsId() != null) {
            requireCorrectable(solution, in.correctsId(), caller);
        }
        var to = new StatusRules.State(in.status(), in.percentComplete());
        SolutionRules.requireAllowed(StatusRules.refusal(solution.state(), to, caller.hasRole("admin"),
                in.correctsId() != null));
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
        u.requestId = requestId == null ? "" : requestId;
        u.recordedAt = SolutionWriter.now();
        u.persist();
        // Always touched, so the solution's version (its ETag) moves with its latest update.
        solution.status = in.status();
        solution.percentComplete = in.percentComplete();
        solution.updatedAt = u.recordedAt;
        SolutionUpdate.flush();
        return u;
    }

    private static String orgUnitOf(UpdateInput in, Caller caller) {
        if (in.orgUnit() != null && !in.orgUnit().isBlank()) {
            return VietnameseText.nfc(in.orgUnit().trim());
        }
        return caller.orgUnit().orElseThrow(() -> new ProblemException(Problems.validation(
                "Say which org unit reports this update.", java.util.List.of(
                        new Problem.FieldError("orgUnit", "must not be blank when the token names no org unit")))));
    }

    /** A correction names an earlier entry of the same solution, from the same org unit. */
    private static void requireCorrectable(Solution solution, long correctsId, Caller caller) {
        SolutionUpdate earlier = SolutionUpdate.findById(correctsId);
        if (earlier == null || earlier.solutionNumber != solution.number) {
            throw SolutionRules.unprocessable("correctsId " + correctsId + " is not an entry of solution "
                    + solution.number + ".");
        }
        caller.requireMayWriteFor(earlier.orgUnit);
    }
}
