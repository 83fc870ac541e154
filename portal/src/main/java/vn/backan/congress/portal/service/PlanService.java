package vn.backan.congress.portal.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
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

    @Inject
    @RestClient
    ProgramsApi programs;

    public Plan of(Lang lang) {
        Labels t = Labels.of(lang);
        Section<List<Program>> list = Section.read(SERVICE, () -> Texts.items(programs.programs()).stream()
                .map(p -> new Program(p.path("code").asText(), Texts.of(p.path("title"), lang),
                        Texts.of(p.path("text"), lang))).toList());
        Section<Counts> counts = Section.read(SERVICE, () -> counts(programs.plan(), lang, t));
        Section<List<SolutionLine>> solutions = Section.read(SERVICE, () -> solutions(lang, t));
        return new Plan(list, counts, solutions);
    }

    private static Counts counts(JsonNode plan, Lang lang, Labels t) {
        List<StatusCount> byStatus = new ArrayList<>();
        plan.path("solutionsByStatus").fields().forEachRemaining(e -> byStatus.add(new StatusCount(
                t.text("solution_" + e.getKey()), e.getValue().asLong())));
        return new Counts(Texts.of(plan.path("source"), lang), plan.path("declared").path("tasks").asInt(),
                plan.path("recorded").path("tasks").asInt(), plan.path("declared").path("solutions").asInt(),
                plan.path("recorded").path("solutions").asInt(), byStatus, plan.path("overdueSolutions").asLong());
    }

    private List<SolutionLine> solutions(Lang lang, Labels t) {
        Map<Integer, List<Step>> timelines = new LinkedHashMap<>();
        for (JsonNode u : Texts.allItems(n -> programs.updates(n, PAGE))) {
            timelines.computeIfAbsent(u.path("solutionNumber").asInt(), n -> new ArrayList<>()).add(new Step(
                    u.path("reportDate").asText(), u.path("orgUnit").asText(), t.text("solution_"
                            + u.path("status").asText()), u.path("percentComplete").asInt(),
                    Texts.of(u.path("narrative"), lang)));
        }
        return Texts.allItems(n -> programs.solutions(n, PAGE)).stream().map(s -> new SolutionLine(
                s.path("number").asInt(), Texts.of(s.path("title"), lang), t.text("solution_" + s.path("status").asText()),
                s.path("percentComplete").asInt(), s.path("dueDate").asText(""), s.path("overdue").asBoolean(),
                timelines.getOrDefault(s.path("number").asInt(), List.of()))).toList();
    }
}
