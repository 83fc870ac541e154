package vn.backan.congress.elections.domain.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The result of one round, with every input a reader needs to redo it: the base and its deductions,
 * the minimum, and each candidate's votes, percentage, pass, rank and outcome, in descending order
 * of votes. Seats left open (too few passed, or a tie) call for a further round; whether the
 * congress holds it after several rounds is its own decision (244 art. 20.2), not the engine's.
 */
public record TallyResult(
        ContestSpec contest,
        Round round,
        ThresholdBase thresholdBase,
        int minimumVotes,
        List<CandidateResult> candidates,
        int seatsOpenAfter,
        int alternateSeatsOpenAfter) {

    public TallyResult {
        candidates = List.copyOf(candidates);
    }

    /** Took an official seat in this round, in descending order of votes. */
    public List<String> elected() {
        return with(Outcome.ELECTED);
    }

    /** Took an alternate seat in this round, in descending order of votes. */
    public List<String> alternates() {
        return with(Outcome.ALTERNATE);
    }

    /** Tied across a seat boundary: a new round among them decides. */
    public List<String> tiedPendingNewRound() {
        return with(Outcome.TIED_PENDING_NEW_ROUND);
    }

    public Optional<CandidateResult> candidate(String candidateId) {
        return candidates.stream().filter(c -> c.candidateId().equals(candidateId)).findFirst();
    }

    public boolean newRoundNeeded() {
        return seatsOpenAfter > 0 || alternateSeatsOpenAfter > 0;
    }

    /**
     * The round the rules call for next, or empty when every seat is taken. A tie is settled first,
     * among the tied only; otherwise the seats left are voted on among those not elected. The
     * congress may put another ballot to the vote: a {@link Round} can be built directly.
     */
    public Optional<Round> nextRound() {
        if (!newRoundNeeded()) {
            return Optional.empty();
        }
        List<String> ballot = tiedPendingNewRound().isEmpty() ? with(Outcome.NOT_ELECTED) : tiedPendingNewRound();
        List<String> elected = new ArrayList<>(round.electedEarlier());
        elected.addAll(elected());
        List<String> alternates = new ArrayList<>(round.alternatesEarlier());
        alternates.addAll(alternates());
        // Keep the contest's ballot order on the new ballot.
        List<String> ordered = round.candidateIds().stream().filter(ballot::contains).toList();
        return Optional.of(new Round(round.number() + 1, ordered, elected, alternates));
    }

    private List<String> with(Outcome outcome) {
        return candidates.stream().filter(c -> c.outcome() == outcome).map(CandidateResult::candidateId).toList();
    }
}
