package vn.backan.congress.programs.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.programs.domain.Solution;
import vn.backan.congress.programs.domain.SolutionStatus;

/** A solution as served, with where it stands and its latest update (null before the first). */
public record SolutionView(int number, int taskNumber, LocalizedText title, LocalizedText description,
        List<String> programCodes, String leadAgency, List<String> coordinatingAgencies, List<String> indicatorCodes,
        List<String> reportingOrgUnits, SolutionStatus status, int percentComplete, LocalDate startDate, LocalDate dueDate, boolean overdue,
        UpdateView latestUpdate, Instant createdAt, Instant updatedAt) {

    public static SolutionView of(Solution s, UpdateView latest, LocalDate today) {
        return new SolutionView(s.number, s.taskNumber, LocalizedText.of(s.titleVi, s.titleEn),
                s.descriptionVi == null ? null : LocalizedText.of(s.descriptionVi, s.descriptionEn),
                sorted(s.programCodes), s.leadAgency, sorted(s.coordinatingAgencies), sorted(s.indicatorCodes),
                sorted(s.reportingOrgUnits), s.status, s.percentComplete, s.startDate, s.dueDate, s.overdueOn(today), latest, s.createdAt,
                s.updatedAt);
    }

    private static List<String> sorted(java.util.Collection<String> values) {
        return values.stream().sorted().toList();
    }
}
