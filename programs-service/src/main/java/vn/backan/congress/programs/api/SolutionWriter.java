package vn.backan.congress.programs.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.commons.text.VietnameseText;
import vn.backan.congress.programs.client.IndicatorCodes;
import vn.backan.congress.programs.domain.Solution;
import vn.backan.congress.programs.domain.SolutionStatus;
import vn.backan.congress.programs.domain.StatusRules;

/**
 * Creates and edits solutions. Local checks come first; the indicator codes are checked against
 * targets-service last, just before the write, so a refusal never leaves anything half stored.
 */
@ApplicationScoped
public class SolutionWriter {

    @Inject
    IndicatorCodes indicatorCodes;

    public Solution create(SolutionInput in, String author) {
        SolutionRules.requireWithinDeclared(in.number());
        SolutionRules.requireTask(in.taskNumber());
        SolutionRules.requirePrograms(in.programCodes());
        SolutionRules.requireDates(in.startDate(), in.dueDate());
        Solution s = new Solution();
        s.number = in.number();
        s.status = in.status() == null ? SolutionStatus.NOT_STARTED : in.status();
        s.percentComplete = in.percentComplete() == null ? 0 : in.percentComplete();
        SolutionRules.requireConsistent(s.state());
        if (Solution.findById(in.number()) != null) {
            throw ProblemException.of(ProblemType.CONFLICT, 409, "Solution " + in.number() + " is already recorded;"
                    + " change it with PATCH /api/v1/solutions/" + in.number() + ".");
        }
        List<String> indicators = codes(in.indicatorCodes());
        indicatorCodes.requireKnown("indicatorCodes", indicators);
        s.taskNumber = in.taskNumber();
        setTexts(s, in.title().normalised(), in.description() == null ? null : in.description().normalised());
        s.leadAgency = VietnameseText.nfc(in.leadAgency().trim());
        s.coordinatingAgencies = agencies(in.coordinatingAgencies());
        s.programCodes = new TreeSet<>(in.programCodes());
        s.indicatorCodes = new TreeSet<>(indicators);
        s.startDate = in.startDate();
        s.dueDate = in.dueDate();
        s.createdBy = author;
        s.createdAt = s.updatedAt = now();
        s.persistAndFlush();
        return s;
    }

    /** An admin's edit: anything may change, but the result must still make sense. */
    public void edit(Solution s, SolutionPatch p) {
        short task = p.taskNumber() == null ? s.taskNumber : p.taskNumber();
        if (p.taskNumber() != null) {
            SolutionRules.requireTask(task);
        }
        if (p.programCodes() != null) {
            SolutionRules.requirePrograms(p.programCodes());
        }
        var start = p.startDate() == null ? s.startDate : p.startDate();
        var due = p.dueDate() == null ? s.dueDate : p.dueDate();
        SolutionRules.requireDates(start, due);
        var to = new StatusRules.State(p.status() == null ? s.status : p.status(),
                p.percentComplete() == null ? s.percentComplete : p.percentComplete());
        SolutionRules.requireAllowed(StatusRules.refusal(s.state(), to, true, false));
        if (p.leadAgency() != null && p.leadAgency().isBlank()) {
            throw SolutionRules.unprocessable("leadAgency may not be blank; every solution has a lead agency.");
        }
        if (p.indicatorCodes() != null) {
            List<String> indicators = codes(p.indicatorCodes());
            indicatorCodes.requireKnown("indicatorCodes", indicators.stream()
                    .filter(c -> !s.indicatorCodes.contains(c)).toList());
            s.indicatorCodes.clear();
            s.indicatorCodes.addAll(indicators);
        }
        s.taskNumber = task;
        LocalizedText title = p.title() == null ? LocalizedText.of(s.titleVi, s.titleEn) : p.title().normalised();
        LocalizedText description = p.description() == null
                ? (s.descriptionVi == null ? null : LocalizedText.of(s.descriptionVi, s.descriptionEn))
                : p.description().normalised();
        setTexts(s, title, description);
        if (p.leadAgency() != null) {
            s.leadAgency = VietnameseText.nfc(p.leadAgency().trim());
        }
        if (p.coordinatingAgencies() != null) {
            s.coordinatingAgencies.clear();
            s.coordinatingAgencies.addAll(agencies(p.coordinatingAgencies()));
        }
        if (p.programCodes() != null) {
            s.programCodes.clear();
            s.programCodes.addAll(p.programCodes());
        }
        s.startDate = start;
        s.dueDate = due;
        s.status = to.status();
        s.percentComplete = (short) to.percent();
        s.updatedAt = now();
        Solution.flush();
    }

    private static void setTexts(Solution s, LocalizedText title, LocalizedText description) {
        s.titleVi = title.vi();
        s.titleEn = title.en();
        s.descriptionVi = description == null ? null : description.vi();
        s.descriptionEn = description == null ? null : description.en();
    }

    private static List<String> codes(List<String> codes) {
        return codes == null ? List.of() : codes.stream().map(String::trim).distinct().toList();
    }

    private static TreeSet<String> agencies(List<String> agencies) {
        TreeSet<String> result = new TreeSet<>();
        if (agencies != null) {
            agencies.forEach(a -> result.add(VietnameseText.nfc(a.trim())));
        }
        return result;
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
