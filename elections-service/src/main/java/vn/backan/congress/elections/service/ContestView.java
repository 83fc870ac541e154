package vn.backan.congress.elections.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.elections.domain.Contest;
import vn.backan.congress.elections.domain.tally.BallotStyle;
import vn.backan.congress.elections.domain.tally.Electorate;
import vn.backan.congress.elections.domain.tally.Round;
import vn.backan.congress.elections.store.ContestTallies;

/**
 * A contest with its candidates, each counted round's current result, and the round the rules call
 * for next ({@code nextRound}: null once every seat is filled). {@code pending} is true while a
 * seat is open or a tie waits for a new round; the contest can then not be announced (unless the
 * congress decided to leave the seats open: {@code seatsLeftOpen}).
 */
public record ContestView(String code, String bodyCode, String postCode, LocalizedText name, int seats,
        int alternateSeats, BallotStyle ballotStyle, String ruleSet, Electorate electorate, LocalDate heldOn,
        Contest.State state, boolean pending, boolean seatsLeftOpen, Instant announcedAt, String decisionNumber,
        LocalDate decisionDate, List<ContestCandidateView> candidates, List<ContestRoundView> rounds,
        ContestNextRound nextRound, String createdBy, Instant createdAt) {

    /** A name on the ballot; {@code personId} is null until the person is known (approval creates one). */
    public record ContestCandidateView(int position, String id, String name, String personId) {
    }

    /** A counted round: who was on its ballot, who took seats before it, and its current result. */
    public record ContestRoundView(int number, List<String> candidateIds, List<String> electedEarlier,
            List<String> alternatesEarlier, int currentVersion, TallyResultView result) {
    }

    /** The round to record next and the seats it is for. */
    public record ContestNextRound(int number, List<String> candidateIds, int openSeats, int openAlternateSeats) {
    }

    public static ContestView of(Contest c, ContestTallies.Rounds rounds) {
        List<ContestCandidateView> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < c.candidates.size(); i++) {
            Contest.Candidate k = c.candidates.get(i);
            candidates.add(new ContestCandidateView(i + 1, k.id, k.name, k.personId));
        }
        List<ContestRoundView> counted = rounds.counted().stream().map(r -> new ContestRoundView(r.round().number(),
                r.round().candidateIds(), r.round().electedEarlier(), r.round().alternatesEarlier(),
                r.sheet().versionNo, TallyResultView.of(r.result(), c))).toList();
        ContestNextRound next = rounds.next().map(r -> nextRound(c, r)).orElse(null);
        return new ContestView(c.code, c.organizationCode, c.postCode, LocalizedText.of(c.nameVi, c.nameEn), c.seats,
                c.alternateSeats, c.ballotStyle, c.ruleSet, c.electorate, c.heldOn, c.state, rounds.pending(),
                c.seatsLeftOpen, c.announcedAt, c.decisionNumber, c.decisionDate, candidates, counted, next,
                c.createdBy, c.createdAt);
    }

    private static ContestNextRound nextRound(Contest c, Round r) {
        return new ContestNextRound(r.number(), r.candidateIds(), r.openSeats(c.spec()), r.openAlternateSeats(c.spec()));
    }
}
