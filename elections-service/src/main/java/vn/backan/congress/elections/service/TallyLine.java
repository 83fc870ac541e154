package vn.backan.congress.elections.service;

import jakarta.validation.constraints.Max;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.elections.domain.TallySheetVersion;
import vn.backan.congress.elections.domain.tally.CandidateLine;

/**
 * One candidate's line in the counting minutes, in and out. Strike-out ballots give {@code votes}
 * (the valid ballots that kept the name); agree/disagree ballots give {@code agree}, {@code disagree}
 * and {@code notCounted} (marked in both boxes or neither: counts for nobody).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TallyLine(@NotBlank @Size(max = 64) String candidateId,
        @Schema(minimum = "0") @Max(TallySheetInput.COUNT_MAX) Integer votes,
        @Schema(minimum = "0") @Max(TallySheetInput.COUNT_MAX) Integer agree,
        @Schema(minimum = "0") @Max(TallySheetInput.COUNT_MAX) Integer disagree,
        @Schema(minimum = "0") @Max(TallySheetInput.COUNT_MAX) Integer notCounted) {

    /** The engine's line; a line that is neither shape is a 400 naming it. */
    CandidateLine toTally(int index) {
        if (votes != null && agree == null && disagree == null && notCounted == null) {
            return CandidateLine.kept(candidateId, votes);
        }
        if (votes == null && agree != null && disagree != null && notCounted != null) {
            return CandidateLine.agreeDisagree(candidateId, agree, disagree, notCounted);
        }
        String field = "lines[" + index + "]";
        throw new ProblemException(Problems.validation("The body does not match the expected shape.",
                List.of(new Problem.FieldError(field, "give votes (strike-out ballots), or agree, disagree and"
                        + " notCounted (agree/disagree ballots)"))));
    }

    static TallyLine of(TallySheetVersion.Line line) {
        return line.disagree == null ? new TallyLine(line.candidateId, line.votes, null, null, null)
                : new TallyLine(line.candidateId, null, line.votes, line.disagree, line.notCounted);
    }
}
