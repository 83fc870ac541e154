package vn.backan.congress.elections.domain.tally;

import java.util.List;

/**
 * One round of voting in a contest: its number, the names on this round's ballot, and who took
 * seats in the earlier rounds. The seats open in this round follow from those (docs/election-rules.md,
 * "Rounds, surplus and ties": a further round fills the seats left, never the ones already taken).
 */
public record Round(int number, List<String> candidateIds, List<String> electedEarlier,
        List<String> alternatesEarlier) {

    public Round {
        if (number < 1) {
            throw new IllegalArgumentException("A round number starts at 1, not " + number);
        }
        candidateIds = List.copyOf(candidateIds);
        electedEarlier = List.copyOf(electedEarlier);
        alternatesEarlier = List.copyOf(alternatesEarlier);
    }

    /** The first round: every candidate of the contest, no seat taken yet. */
    public static Round first(ContestSpec contest) {
        return new Round(1, contest.candidateIds(), List.of(), List.of());
    }

    public int openSeats(ContestSpec contest) {
        return contest.seats() - electedEarlier.size();
    }

    public int openAlternateSeats(ContestSpec contest) {
        return contest.alternateSeats() - alternatesEarlier.size();
    }

    /** The most names a valid ballot of this round may keep: the seats still to fill. */
    public int namesAllowedPerBallot(ContestSpec contest) {
        return openSeats(contest) + openAlternateSeats(contest);
    }
}
