package vn.backan.congress.elections.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.backan.congress.commons.etag.ETags;
import vn.backan.congress.commons.etag.Preconditions;
import vn.backan.congress.elections.domain.Contest;
import vn.backan.congress.elections.domain.TallySheetVersion;
import vn.backan.congress.elections.domain.tally.Round;
import vn.backan.congress.elections.domain.tally.Tally;
import vn.backan.congress.elections.domain.tally.TallyResult;
import vn.backan.congress.elections.domain.tally.TallySheet;
import vn.backan.congress.elections.store.ContestTallies;

/**
 * Records a round's counting minutes. The first minutes of a round need no If-Match; any later
 * minutes are a correction: If-Match with the contest's ETag, a reason, and a new version, the
 * earlier ones kept. Results are never stored: the engine recounts, and refuses what breaks a rule.
 */
@ApplicationScoped
public class TallySheetWriter {

    @Inject
    ContestTallies tallies;

    public TallySheetVersion record(Contest c, int roundNumber, TallySheetInput in, String ifMatch, String actor,
            String requestId) {
        if (c.state == Contest.State.APPROVED) {
            // The higher committee's decision is final; the data may not drift from it.
            throw TallyProblems.conflict("Contest " + c.code + " was approved by decision " + c.decisionNumber
                    + ": its minutes can no longer be recorded or corrected.");
        }
        ContestTallies.Rounds rounds = tallies.of(c);
        List<TallySheetVersion> earlier = tallies.versions(c.code, roundNumber);
        boolean correction = !earlier.isEmpty();
        Round round = correction ? rounds.number(roundNumber).orElseThrow().round() : newRound(c, rounds, roundNumber);
        if (correction) {
            Preconditions.requireIfMatch(ifMatch, ETags.ofVersion(c.version));
            if (in.correctionReason() == null || in.correctionReason().isBlank()) {
                throw TallyProblems.refused("correctionReason", "Round " + roundNumber + " already has minutes"
                        + " (version " + earlier.size() + "): a correction needs a correctionReason.");
            }
        } else if (in.correctionReason() != null) {
            throw TallyProblems.refused("correctionReason", "Round " + roundNumber + " has no minutes yet: these are"
                    + " its first, not a correction; leave correctionReason out.");
        }
        TallySheet minutes = in.toTally();
        TallyResult result = Tally.count(c.spec(), round, minutes); // 422 naming every broken rule
        if (correction && roundNumber < rounds.counted().size()) {
            requireSameNextRound(rounds, roundNumber, result);
        }
        TallySheetVersion v = new TallySheetVersion();
        v.fill(minutes);
        v.contestCode = c.code;
        v.roundNumber = roundNumber;
        v.versionNo = earlier.size() + 1;
        v.correctionReason = correction ? in.correctionReason().trim() : null;
        v.recordedBy = actor;
        v.requestId = requestId == null ? "" : requestId;
        v.recordedAt = Instant.now();
        v.persist();
        if (c.state == Contest.State.ANNOUNCED) {
            // What was announced is no longer what the minutes say: it must be announced again.
            c.state = Contest.State.RECORDED;
            c.announcedAt = null;
            c.seatsLeftOpen = false;
        }
        ContestWriter.touch(c);
        return v;
    }

    /** A round's first minutes: only the round the previous one calls for, on the ballot it proposes. */
    private static Round newRound(Contest c, ContestTallies.Rounds rounds, int roundNumber) {
        int counted = rounds.counted().size();
        Optional<Round> next = rounds.next();
        if (next.isEmpty()) {
            throw TallyProblems.conflict("Round " + counted + " of contest " + c.code + " filled every seat: there is"
                    + " no round " + roundNumber + ".");
        }
        if (roundNumber != next.get().number()) {
            throw TallyProblems.conflict("The next round of contest " + c.code + " is round " + next.get().number()
                    + ", not " + roundNumber + ".");
        }
        return next.get();
    }

    /**
     * Later rounds were voted on the ballot this round's result proposed. A correction that would
     * change that ballot (or who took seats) cannot be squared with them, so it is refused.
     */
    private static void requireSameNextRound(ContestTallies.Rounds rounds, int roundNumber, TallyResult corrected) {
        Optional<Round> before = rounds.number(roundNumber).orElseThrow().result().nextRound();
        if (!before.equals(corrected.nextRound())) {
            throw TallyProblems.conflict("Round " + (roundNumber + 1) + " was voted on the result of round "
                    + roundNumber + "; this correction changes who was elected or who stood in round "
                    + (roundNumber + 1) + " (" + before.map(Round::candidateIds).orElse(List.of()) + " → "
                    + corrected.nextRound().map(Round::candidateIds).orElse(List.of()) + ").");
        }
    }
}
