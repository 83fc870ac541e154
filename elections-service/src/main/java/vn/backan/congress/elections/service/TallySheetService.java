package vn.backan.congress.elections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.backan.congress.commons.rest.write.Change;
import vn.backan.congress.commons.etag.Preconditions;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.rest.write.Writes;
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
public class TallySheetService {

    @Inject
    ContestTallies tallies;

    @Inject
    ContestService contests;

    @Inject
    Writes writes;

    /** The minutes of a round; the answer carries the result the engine computes. */
    public TallySheetView record(String code, int round, String ifMatch, TallySheetInput input) {
        if (round < 1) {
            throw noRound(code, round);
        }
        return writes.inTransaction(() -> {
            Contest c = contests.findForUpdate(code);
            String stateBefore = c.state.name();
            TallySheetVersion v = record(c, round, input, ifMatch);
            TallySheetView created = view(c, tallies.of(c), v);
            writes.record(Change.updated(PublishedEntities.CONTEST, code, v.versionNo == 1 ? "RECORD_SHEET"
                    : "CORRECT_SHEET", Map.of("state", stateBefore), created));
            return created;
        });
    }

    /** Every version of a round's minutes, oldest first, each with the result it gives. */
    public List<TallySheetView> versions(String code, int round) {
        Contest c = contests.find(code);
        ContestTallies.Rounds rounds = tallies.of(c);
        List<TallySheetVersion> versions = tallies.versions(code, round);
        if (versions.isEmpty()) {
            throw noRound(code, round);
        }
        return versions.stream().map(v -> view(c, rounds, v)).toList();
    }

    public TallySheetView version(String code, int round, int version) {
        Contest c = contests.find(code);
        TallySheetVersion v = tallies.versions(code, round).stream().filter(s -> s.versionNo == version).findFirst()
                .orElseThrow(() -> ProblemException.of(ProblemType.HTTP, 404, "Round " + round + " of contest " + code
                        + " has no version " + version + " of its minutes."));
        return view(c, tallies.of(c), v);
    }

    private TallySheetView view(Contest c, ContestTallies.Rounds rounds, TallySheetVersion v) {
        boolean current = rounds.number(v.roundNumber).map(r -> r.sheet().id.equals(v.id)).orElse(false);
        return TallySheetView.of(v, current, tallies.recount(c, rounds, v), c);
    }

    private static ProblemException noRound(String code, int round) {
        return ProblemException.of(ProblemType.HTTP, 404, "Round " + round + " of contest " + code
                + " has no minutes" + (round < 1 ? ": rounds count from 1." : "."));
    }

    private TallySheetVersion record(Contest c, int roundNumber, TallySheetInput in, String ifMatch) {
        if (c.state == Contest.State.APPROVED) {
            // The higher committee's decision is final; the data may not drift from it.
            throw ContestProblems.conflict("Contest " + c.code + " was approved by decision " + c.decisionNumber
                    + ": its minutes can no longer be recorded or corrected.");
        }
        ContestTallies.Rounds rounds = tallies.of(c);
        List<TallySheetVersion> earlier = tallies.versions(c.code, roundNumber);
        boolean correction = !earlier.isEmpty();
        Round round = correction ? rounds.number(roundNumber).orElseThrow().round() : newRound(c, rounds, roundNumber);
        if (correction) {
            Preconditions.requireIfMatch(ifMatch, writes.etag(contests.view(c)));
            if (in.correctionReason() == null || in.correctionReason().isBlank()) {
                throw ContestProblems.refused("correctionReason", "Round " + roundNumber + " already has minutes"
                        + " (version " + earlier.size() + "): a correction needs a correctionReason.");
            }
        } else if (in.correctionReason() != null) {
            throw ContestProblems.refused("correctionReason", "Round " + roundNumber + " has no minutes yet: these are"
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
        v.recordedBy = writes.caller().name();
        v.requestId = writes.requestId();
        v.recordedAt = writes.now();
        v.persist();
        if (c.state == Contest.State.ANNOUNCED) {
            // What was announced is no longer what the minutes say: it must be announced again.
            c.state = Contest.State.RECORDED;
            c.announcedAt = null;
            c.seatsLeftOpen = false;
        }
        contests.touch(c);
        return v;
    }

    /** A round's first minutes: only the round the previous one calls for, on the ballot it proposes. */
    private static Round newRound(Contest c, ContestTallies.Rounds rounds, int roundNumber) {
        int counted = rounds.counted().size();
        Optional<Round> next = rounds.next();
        if (next.isEmpty()) {
            throw ContestProblems.conflict("Round " + counted + " of contest " + c.code + " filled every seat: there is"
                    + " no round " + roundNumber + ".");
        }
        if (roundNumber != next.get().number()) {
            throw ContestProblems.conflict("The next round of contest " + c.code + " is round " + next.get().number()
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
            throw ContestProblems.conflict("Round " + (roundNumber + 1) + " was voted on the result of round "
                    + roundNumber + "; this correction changes who was elected or who stood in round "
                    + (roundNumber + 1) + " (" + before.map(Round::candidateIds).orElse(List.of()) + " → "
                    + corrected.nextRound().map(Round::candidateIds).orElse(List.of()) + ").");
        }
    }
}
