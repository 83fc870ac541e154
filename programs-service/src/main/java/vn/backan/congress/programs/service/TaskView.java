package vn.backan.congress.programs.service;

import java.time.Instant;
import java.util.List;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.programs.domain.Task;

/** A task as served, with the numbers of the solutions recorded under it. */
public record TaskView(int number, LocalizedText title, LocalizedText description, List<Integer> solutionNumbers,
        Instant createdAt, Instant updatedAt) {

    public static TaskView of(Task t, List<Integer> solutionNumbers) {
        return new TaskView(t.number, LocalizedText.of(t.titleVi, t.titleEn),
                t.descriptionVi == null ? null : LocalizedText.of(t.descriptionVi, t.descriptionEn),
                solutionNumbers, t.createdAt, t.updatedAt);
    }
}
