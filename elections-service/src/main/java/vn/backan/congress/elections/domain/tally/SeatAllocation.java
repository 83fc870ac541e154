package vn.backan.congress.elections.domain.tally;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gives out the seats of one round (docs/election-rules.md, "Rounds, surplus and ties"):
 * <ul>
 * <li>only those with at least the minimum pass;</li>
 * <li>passers take seats in descending order of votes: positions 1..S are the open official seats,
 *     the next A positions the open alternate seats (a delegation is one list), the rest are not
 *     elected even though they passed;</li>
 * <li>a group with equal votes whose positions fall on both sides of a seat boundary (last official
 *     seat, last alternate seat) takes none of them: all of it is tied, pending a new round among
 *     the tied. The rules speak of "a tie at the last seat"; the boundary between official and
 *     alternate seats is read the same way, since votes alone cannot say who is official;</li>
 * <li>when fewer pass than there are open seats, the rest stay open for a further round.</li>
 * </ul>
 * No tie is ever broken by age, lot or ballot order.
 */
final class SeatAllocation {

    /** Scale of {@link CandidateResult#percentOfBase()}: hundredths of a percent, as the minutes print. */
    static final int PERCENT_SCALE = 2;

    private SeatAllocation() {
    }

    /** The candidates in descending order of votes (ballot order among equals, for display only). */
    static List<CandidateResult> allocate(List<CandidateLine> linesInBallotOrder, int base, int minimum,
            int openSeats, int openAlternateSeats) {
        List<CandidateLine> byVotes = new ArrayList<>(linesInBallotOrder);
        byVotes.sort(Comparator.comparingInt(CandidateLine::votes).reversed()); // stable sort
        List<CandidateResult> results = new ArrayList<>(byVotes.size());
        int placed = 0; // passers already given a position
        int i = 0;
        while (i < byVotes.size()) {
            int votes = byVotes.get(i).votes();
            int end = i;
            while (end < byVotes.size() && byVotes.get(end).votes() == votes) {
                end++;
            }
            int rank = i + 1; // competition ranking: equal votes share the rank of the first
            boolean passed = votes >= minimum;
            Outcome outcome = Outcome.NOT_ELECTED;
            if (passed) {
                Outcome first = positionOutcome(placed + 1, openSeats, openAlternateSeats);
                Outcome last = positionOutcome(placed + end - i, openSeats, openAlternateSeats);
                outcome = first == last ? first : Outcome.TIED_PENDING_NEW_ROUND;
                placed += end - i;
            }
            for (int k = i; k < end; k++) {
                CandidateLine line = byVotes.get(k);
                results.add(new CandidateResult(line.candidateId(), votes, percent(votes, base), passed, rank,
                        outcome));
            }
            i = end;
        }
        return List.copyOf(results);
    }

    /** What the passer at this 1-based position in vote order would get. */
    private static Outcome positionOutcome(int position, int openSeats, int openAlternateSeats) {
        if (position <= openSeats) {
            return Outcome.ELECTED;
        }
        if (position <= openSeats + openAlternateSeats) {
            return Outcome.ALTERNATE;
        }
        return Outcome.NOT_ELECTED;
    }

    /** votes × 100 / base, exact integer inputs, rounded half-up to {@link #PERCENT_SCALE} places. */
    static BigDecimal percent(int votes, int base) {
        return BigDecimal.valueOf(votes).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(base), PERCENT_SCALE, RoundingMode.HALF_UP);
    }
}
