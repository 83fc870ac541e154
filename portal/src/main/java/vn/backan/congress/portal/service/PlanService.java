package vn.backan.congress.portal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.backan.congress.client.model.PlanCounts;
import vn.backan.congress.client.model.PlanView;
import vn.backan.congress.client.model.SolutionPage;
import vn.backan.congress.client.model.UpdatePage;
import vn.backan.congress.client.model.UpdateView;
import vn.backan.congress.portal.client.ProgramsApi;
import vn.backan.congress.portal.domain.Labels;
import vn.backan.congress.portal.domain.Lang;

/** The four programs, the plan's declared and recorded counts, and each solution with its timeline. */
@ApplicationScoped
public class PlanService {

    public record Program(String code, String title, String text) {
    }

    public record StatusCount(String label, long count) {
    }

    public record Counts(String source, int declaredTasks, int recordedTasks, int declaredSolutions,
            int recordedSolutions, List<StatusCount> byStatus, long overdue) {
    }

    public record Step(String date, String orgUnit, String status, int percent, String narrative) {
    }

    public record SolutionLine(int number, String title, String status, int percent, String due, boolean overdue,
            List<Step> timeline) {
    }

    public record Plan(Section<List<Program>> programs, Section<Counts> counts, Section<List<SolutionLine>> solutions) {
    }

    private static final int PAGE = 200;
    private static final String SERVICE = "programs-service";

    private final ProgramsApi programs;

    @Inject
    public PlanService(@RestClient ProgramsApi programs) {
        this.programs = programs;
    }

    public Plan of(Lang lang) {
        Labels t = Labels.of(lang);
        Section<List<Program>> list = Section.read(SERVICE, () -> Texts.orEmpty(programs.programs().getItems())
                .stream().map(p -> new Program(p.getCode(), Texts.of(p.getTitle(), lang), Texts.of(p.getText(), lang)))
                .toList());
        Section<Counts> counts = Section.read(SERVICE, () -> counts(programs.plan(), lang, t));
        Section<List<SolutionLine>> solutions = Section.read(SERVICE, () -> solutions(lang, t));
        return new Plan(list, counts, solutions);
    }

    private static Counts counts(PlanView plan, Lang lang, Labels t) {
        List<StatusCount> byStatus = new ArrayList<>();
        Texts.orEmpty(plan.getSolutionsByStatus()).forEach((status, count) -> byStatus.add(new StatusCount(
                t.text("solution_" + status), count == null ? 0 : count)));
        PlanCounts declared = plan.getDeclared() == null ? new PlanCounts() : plan.getDeclared();
        PlanCounts recorded = plan.getRecorded() == null ? new PlanCounts() : plan.getRecorded();
        return new Counts(Texts.of(plan.getSource(), lang), Texts.orZero(declared.getTasks()),
                Texts.orZero(recorded.getTasks()), Texts.orZero(declared.getSolutions()),
                Texts.orZero(recorded.getSolutions()), byStatus,
                plan.getOverdueSolutions() == null ? 0 : plan.getOverdueSolutions());
    }

    private List<SolutionLine> solutions(Lang lang, Labels t) {
        Map<Integer, List<Step>> timelines = new LinkedHashMap<>();
        for (UpdateView u : Texts.allItems(n -> programs.updates(n, PAGE), UpdatePage::getItems,
                UpdatePage::getTotalPages)) {
            timelines.computeIfAbsent(u.getSolutionNumber(), n -> new ArrayList<>()).add(new Step(
                    Texts.shown(u.getReportDate()), Texts.shown(u.getOrgUnit()),
                    t.text("solution_" + Texts.shown(u.getStatus())), Texts.orZero(u.getPercentComplete()),
                    Texts.of(u.getNarrative(), lang)));
        }
        return Texts.allItems(n -> programs.solutions(n, PAGE), SolutionPage::getItems, SolutionPage::getTotalPages)
                .stream().map(s -> new SolutionLine(Texts.orZero(s.getNumber()), Texts.of(s.getTitle(), lang),
                        t.text("solution_" + Texts.shown(s.getStatus())),
                        Texts.orZero(s.getPercentComplete()),
                        Texts.shown(s.getDueDate()), Boolean.TRUE.equals(s.getOverdue()),
                        timelines.getOrDefault(s.getNumber(), List.of()))).toList();
    }
}
