package vn.backan.congress.elections.service;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.elections.domain.Contest;
import vn.backan.congress.elections.domain.tally.CandidateResult;
import vn.backan.congress.elections.domain.tally.ThresholdBase;
import vn.backan.congress.elections.domain.tally.TallyResult;

/**
 * A round's result, always recomputed from its minutes, with every input needed to redo it: the
 * base (summoned − the two absentee deductions), the minimum (⌊base / 2⌋ + 1), and each candidate
 * in descending order of votes.
 */
public record TallyResultView(TallyThresholdBase thresholdBase, int minimumVotes,
        List<TallyCandidateResult> candidates, List<String> elected, List<String> alternates,
        List<String> tiedPendingNewRound, int seatsOpenAfter, int alternateSeatsOpenAfter, boolean newRoundNeeded) {

    /** The number the majority is taken of, and its parts (244 art. 32.3). */
    public record TallyThresholdBase(int summoned, int exOfficioAbsentDeducted, int electedAbsentDeducted,
            int value) {
    }

    /** One candidate: {@code percentOfBase} is votes × 100 / base, 2 places, half-up; rank shares ties (1, 2, 2, 4). */
    public record TallyCandidateResult(String candidateId, String name, int votes, BigDecimal percentOfBase,
            boolean passed, int rank,
            @Schema(enumeration = {"ELECTED", "ALTERNATE", "NOT_ELECTED", "TIED_PENDING_NEW_ROUND"}) String outcome,
            LocalizedText outcomeLabel) {
    }

    public static TallyResultView of(TallyResult r, Contest contest) {
        ThresholdBase base = r.thresholdBase();
        return new TallyResultView(new TallyThresholdBase(base.summoned(), base.exOfficioAbsentDeducted(),
                base.electedAbsentDeducted(), base.value()), r.minimumVotes(),
                r.candidates().stream().map(c -> candidate(c, contest)).toList(), r.elected(), r.alternates(),
                r.tiedPendingNewRound(), r.seatsOpenAfter(), r.alternateSeatsOpenAfter(), r.newRoundNeeded());
    }

    private static TallyCandidateResult candidate(CandidateResult c, Contest contest) {
        return new TallyCandidateResult(c.candidateId(), contest.candidate(c.candidateId()).name, c.votes(),
                c.percentOfBase(), c.passed(), c.rank(), c.outcome().name(),
                LocalizedText.of(c.outcome().vi(), c.outcome().en()));
    }
}
