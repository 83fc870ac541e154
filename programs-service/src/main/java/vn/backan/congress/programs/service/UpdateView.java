package vn.backan.congress.programs.service;

import java.time.Instant;
import java.time.LocalDate;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.programs.domain.SolutionStatus;
import vn.backan.congress.programs.domain.SolutionUpdate;

/** An entry of a solution's implementation timeline, as served. */
public record UpdateView(long id, int solutionNumber, LocalDate reportDate, String orgUnit, SolutionStatus status,
        int percentComplete, LocalizedText narrative, String evidenceUrl, Long correctsId, String author,
        Instant recordedAt) {

    public static UpdateView of(SolutionUpdate u) {
        return new UpdateView(u.id, u.solutionNumber, u.reportDate, u.orgUnit, u.status, u.percentComplete,
                LocalizedText.of(u.narrativeVi, u.narrativeEn), u.evidenceUrl, u.correctsId, u.author, u.recordedAt);
    }
}
