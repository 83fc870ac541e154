package vn.backan.congress.programs.api;

import vn.backan.congress.programs.service.TaskView;

import vn.backan.congress.programs.service.SolutionView;

import vn.backan.congress.programs.service.UpdateView;

import java.util.Arrays;
import java.util.List;
import vn.backan.congress.commons.rest.csv.Csv;

/** The CSV downloads of the plan: one row per task, per solution, per implementation update. */
final class PlanCsv {

    private PlanCsv() {
    }

    static String tasks(List<TaskView> tasks) {
        return Csv.write(List.of("number", "title_vi", "title_en", "description_vi", "description_en",
                "solution_numbers", "created_at", "updated_at"), tasks.stream().map(t -> Arrays.<Object>asList(
                        t.number(), t.title().vi(), t.title().en(), t.description() == null ? null : t.description().vi(),
                        t.description() == null ? null : t.description().en(), t.solutionNumbers().stream()
                                .map(String::valueOf).collect(java.util.stream.Collectors.joining(" ")),
                        t.createdAt(), t.updatedAt())).toList());
    }

    static String solutions(List<SolutionView> solutions) {
        return Csv.write(List.of("number", "task_number", "title_vi", "title_en", "lead_agency",
                "coordinating_agencies", "program_codes", "indicator_codes", "reporting_org_units", "status", "percent_complete",
                "start_date", "due_date", "overdue", "latest_update_date", "latest_update_org_unit"),
                solutions.stream().map(s -> Arrays.<Object>asList(s.number(), s.taskNumber(), s.title().vi(),
                        s.title().en(), s.leadAgency(), String.join("; ", s.coordinatingAgencies()),
                        String.join(" ", s.programCodes()), String.join(" ", s.indicatorCodes()),
                        String.join(" ", s.reportingOrgUnits()), s.status(),
                        s.percentComplete(), s.startDate(), s.dueDate(), s.overdue(),
                        s.latestUpdate() == null ? null : s.latestUpdate().reportDate(),
                        s.latestUpdate() == null ? null : s.latestUpdate().orgUnit())).toList());
    }

    static String updates(List<UpdateView> updates) {
        return Csv.write(List.of("id", "solution_number", "report_date", "org_unit", "status", "percent_complete",
                "narrative_vi", "narrative_en", "evidence_url", "corrects_id", "author", "recorded_at"),
                updates.stream().map(u -> Arrays.<Object>asList(u.id(), u.solutionNumber(), u.reportDate(),
                        u.orgUnit(), u.status(), u.percentComplete(), u.narrative().vi(), u.narrative().en(),
                        u.evidenceUrl(), u.correctsId(), u.author(), u.recordedAt())).toList());
    }
}
