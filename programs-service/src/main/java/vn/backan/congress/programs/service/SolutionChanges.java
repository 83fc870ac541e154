package vn.backan.congress.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.rest.write.Writes;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.programs.client.TargetsLookup.Kind;
import vn.backan.congress.programs.client.TargetsReferences;
import vn.backan.congress.programs.domain.DeclaredCount;
import vn.backan.congress.programs.domain.Solution;
import vn.backan.congress.programs.domain.SolutionStatus;
import vn.backan.congress.programs.domain.StatusRules;
import vn.backan.congress.programs.store.SolutionQueries;

/**
 * How a solution is built from an admin's input and changed by an admin's edit: every rule checked
 * first, the references to targets-service last, so a refusal never leaves anything half stored.
 */
@ApplicationScoped
class SolutionChanges {

    @Inject
    TargetsReferences references;

    @Inject
    SolutionQueries solutions;

    @Inject
    SolutionRules rules;

    @Inject
    Writes writes;

    Solution insert(SolutionInput in) {
        rules.requireWithinDeclared(DeclaredCount.Kind.SOLUTION, in.number());
        rules.requireTask(in.taskNumber());
        rules.requirePrograms(in.programCodes());
        SolutionRules.requireDates(in.startDate(), in.dueDate());
        Solution s = new Solution();
        s.number = in.number();
        s.status = in.status() == null ? SolutionStatus.NOT_STARTED : in.status();
        s.percentComplete = in.percentComplete() == null ? 0 : in.percentComplete();
        SolutionRules.requireConsistent(s.state());
        if (solutions.byNumber(in.number()).isPresent()) {
            throw ProblemException.of(ProblemType.CONFLICT, 409, "Solution " + in.number() + " is already recorded;"
                    + " change it with PATCH /api/v1/solutions/" + in.number() + ".");
        }
        references.requireKnown(Kind.INDICATOR, "indicatorCodes", orEmpty(in.indicatorCodes()), Set.of());
        references.requireKnown(Kind.ORG_UNIT, "reportingOrgUnits", orEmpty(in.reportingOrgUnits()), Set.of());
        s.taskNumber = in.taskNumber();
        setTexts(s, in.title().normalised(), in.description() == null ? null : in.description().normalised());
        s.leadAgency = in.leadAgency().trim();
        s.coordinatingAgencies.addAll(agencies(in.coordinatingAgencies()));
        s.programCodes.addAll(in.programCodes());
        s.indicatorCodes.addAll(orEmpty(in.indicatorCodes()));
        s.reportingOrgUnits.addAll(orEmpty(in.reportingOrgUnits()));
        s.startDate = in.startDate();
        s.dueDate = in.dueDate();
        s.createdBy = writes.caller().name();
        s.createdAt = s.updatedAt = writes.now();
        s.persistAndFlush();
        return s;
    }

    /** An admin's edit: anything may change, but the result must still make sense. */
    void apply(Solution s, SolutionPatch p) {
        short task = p.taskNumber() == null ? s.taskNumber : p.taskNumber();
        if (p.taskNumber() != null) {
            rules.requireTask(task);
        }
        if (p.programCodes() != null) {
            rules.requirePrograms(p.programCodes());
        }
        var start = p.startDate() == null ? s.startDate : p.startDate();
        var due = p.dueDate() == null ? s.dueDate : p.dueDate();
        SolutionRules.requireDates(start, due);
        var to = new StatusRules.State(p.status() == null ? s.status : p.status(),
                p.percentComplete() == null ? s.percentComplete : p.percentComplete());
        SolutionRules.requireAllowed(StatusRules.refusal(s.state(), to, true));
        if (p.leadAgency() != null && p.leadAgency().isBlank()) {
            throw SolutionRules.unprocessable("leadAgency may not be blank; every solution has a lead agency.");
        }
        if (p.indicatorCodes() != null) {
            references.requireKnown(Kind.INDICATOR, "indicatorCodes", p.indicatorCodes(), s.indicatorCodes);
            replace(s.indicatorCodes, p.indicatorCodes());
        }
        if (p.reportingOrgUnits() != null) {
            references.requireKnown(Kind.ORG_UNIT, "reportingOrgUnits", p.reportingOrgUnits(), s.reportingOrgUnits);
            replace(s.reportingOrgUnits, p.reportingOrgUnits());
        }
        s.taskNumber = task;
        LocalizedText title = p.title() == null ? LocalizedText.of(s.titleVi, s.titleEn) : p.title().normalised();
        LocalizedText description = p.description() == null
                ? (s.descriptionVi == null ? null : LocalizedText.of(s.descriptionVi, s.descriptionEn))
                : p.description().normalised();
        setTexts(s, title, description);
        if (p.leadAgency() != null) {
            s.leadAgency = p.leadAgency().trim();
        }
        if (p.coordinatingAgencies() != null) {
            replace(s.coordinatingAgencies, agencies(p.coordinatingAgencies()));
        }
        if (p.programCodes() != null) {
            replace(s.programCodes, p.programCodes());
        }
        s.startDate = start;
        s.dueDate = due;
        s.status = to.status();
        s.percentComplete = (short) to.percent();
        s.updatedAt = writes.now();
        Solution.flush();
    }

    private static void setTexts(Solution s, LocalizedText title, LocalizedText description) {
        s.titleVi = title.vi();
        s.titleEn = title.en();
        s.descriptionVi = description == null ? null : description.vi();
        s.descriptionEn = description == null ? null : description.en();
    }

    private static void replace(Set<String> stored, List<String> values) {
        stored.clear();
        stored.addAll(values);
    }

    static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    /**
     * Trimmed, and without repeats as the database sees them: it compares case-insensitively, so
     * "Sở Y tế" and "sở y tế" are one agency (the first spelling is kept).
     */
    private static List<String> agencies(List<String> agencies) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String agency : orEmpty(agencies)) {
            String trimmed = agency.replaceAll("[\\u200B-\\u200D\\uFEFF]", "").trim();
            byKey.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
        }
        return new ArrayList<>(new TreeSet<>(byKey.values()));
    }
}
