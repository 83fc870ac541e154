package vn.backan.congress.elections.domain.tally;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The invariants of a contest and of one of its rounds, before any ballot is looked at. */
public final class ContestChecks {

    private ContestChecks() {
    }

    /** Refuses a contest that breaks a rule; the REST layer can call it when a contest is created. */
    public static void check(ContestSpec contest) {
        if (contest.seats() < 1 || contest.alternateSeats() < 0) {
            // Nothing else can be judged without a sane number of seats.
            throw rejected(Invariant.SEATS_NOT_POSITIVE, "seats " + contest.seats() + ", alternate seats "
                    + contest.alternateSeats() + ": at least 1 official seat and no negative count");
        }
        List<TallyRejected.Violation> found = new ArrayList<>();
        checkNames(contest.candidateIds(), "the contest's list", found);
        int candidates = contest.candidateIds().size();
        int seats = contest.totalSeats();
        if (!contest.ruleSet().allowsCandidateCount(candidates, seats)) {
            found.add(new TallyRejected.Violation(Invariant.CANDIDATE_SURPLUS_OVER_LIMIT, candidates
                    + " candidates for " + seats + " seats is more than " + RuleSet.MAX_SURPLUS_PERCENT
                    + " % over"));
        }
        boolean surplus = candidates > seats;
        if (surplus != (contest.ballotStyle() == BallotStyle.STRIKE_OUT)) {
            found.add(new TallyRejected.Violation(Invariant.BALLOT_STYLE_DOES_NOT_MATCH_SURPLUS, candidates
                    + " candidates for " + seats + " seats calls for "
                    + (surplus ? BallotStyle.STRIKE_OUT : BallotStyle.AGREE_DISAGREE) + " ballots, not "
                    + contest.ballotStyle()));
        }
        TallyRejected.throwIfAny(found);
    }

    /** Refuses a round that is not a vote for the seats left among candidates of the contest. */
    public static void check(ContestSpec contest, Round round) {
        check(contest);
        List<TallyRejected.Violation> found = new ArrayList<>();
        int open = round.openSeats(contest);
        int openAlternates = round.openAlternateSeats(contest);
        if (open < 0 || openAlternates < 0 || open + openAlternates == 0) {
            found.add(new TallyRejected.Violation(Invariant.ROUND_HAS_NO_OPEN_SEATS, "round " + round.number()
                    + ": " + round.electedEarlier().size() + " of " + contest.seats() + " seats and "
                    + round.alternatesEarlier().size() + " of " + contest.alternateSeats()
                    + " alternate seats are already taken"));
        }
        checkNames(round.candidateIds(), "round " + round.number() + "'s ballot", found);
        Set<String> inContest = Set.copyOf(contest.candidateIds());
        for (String id : round.candidateIds()) {
            if (!inContest.contains(id)) {
                found.add(new TallyRejected.Violation(Invariant.ROUND_CANDIDATE_NOT_IN_CONTEST,
                        id + " is not on the contest's candidate list"));
            }
            if (round.electedEarlier().contains(id) || round.alternatesEarlier().contains(id)) {
                found.add(new TallyRejected.Violation(Invariant.ROUND_CANDIDATE_ALREADY_ELECTED,
                        id + " already took a seat in an earlier round"));
            }
        }
        TallyRejected.throwIfAny(found);
    }

    private static void checkNames(List<String> ids, String where, List<TallyRejected.Violation> found) {
        if (ids.isEmpty()) {
            found.add(new TallyRejected.Violation(Invariant.NO_CANDIDATES, "nobody on " + where));
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                found.add(new TallyRejected.Violation(Invariant.CANDIDATE_LISTED_TWICE, id + " twice on " + where));
            }
        }
    }

    private static TallyRejected rejected(Invariant invariant, String detail) {
        return new TallyRejected(List.of(new TallyRejected.Violation(invariant, detail)));
    }
}
