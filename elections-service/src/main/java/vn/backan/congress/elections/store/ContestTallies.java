package vn.backan.congress.elections.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.backan.congress.elections.domain.Contest;
import vn.backan.congress.elections.domain.TallySheetVersion;
import vn.backan.congress.elections.domain.tally.ContestSpec;
import vn.backan.congress.elections.domain.tally.Round;
import vn.backan.congress.elections.domain.tally.Tally;
import vn.backan.congress.elections.domain.tally.TallyResult;

/**
 * A contest's rounds as the stored minutes give them. Round 1 is every candidate; round n is what
 * round n − 1's current result calls for ({@link TallyResult#nextRound()}): the tied, or those not
 * elected for the seats left. Nothing about rounds is stored, so it can never disagree with the votes.
 */
@ApplicationScoped
public class ContestTallies {

    /** A counted round: its ballot, the current version of its minutes, and the result they give. */
    public record CountedRound(Round round, TallySheetVersion sheet, TallyResult result) {
    }

    /** The rounds counted so far, and the round the rules call for next (empty when every seat is filled). */
    public record Rounds(List<CountedRound> counted, Optional<Round> next) {

        public Optional<CountedRound> number(int n) {
            return n >= 1 && n <= counted.size() ? Optional.of(counted.get(n - 1)) : Optional.empty();
        }

        /** Seats are still open or a tie is pending: the contest is not finished. */
        public boolean pending() {
            return next.isPresent();
        }

        /** Everyone elected or made an alternate in any round, in order of rounds then votes. */
        public List<String> elected() {
            return counted.stream().flatMap(c -> c.result().elected().stream()).toList();
        }

        public List<String> alternates() {
            return counted.stream().flatMap(c -> c.result().alternates().stream()).toList();
        }
    }

    public Rounds of(Contest contest) {
        ContestSpec spec = contest.spec();
        List<CountedRound> counted = new ArrayList<>();
        Optional<Round> next = Optional.of(Round.first(spec));
        for (TallySheetVersion sheet : currentSheets(contest.code)) {
            if (next.isEmpty() || sheet.roundNumber != next.get().number()) {
                break; // cannot happen: a round is recorded only when the previous one calls for it
            }
            TallyResult result = Tally.count(spec, next.get(), sheet.toTally());
            counted.add(new CountedRound(next.get(), sheet, result));
            next = result.nextRound();
        }
        return new Rounds(List.copyOf(counted), next);
    }

    /** Recounts any stored version of a round on the ballot that round was voted on. */
    public TallyResult recount(Contest contest, Rounds rounds, TallySheetVersion sheet) {
        Round round = rounds.number(sheet.roundNumber).map(CountedRound::round).orElseThrow();
        return Tally.count(contest.spec(), round, sheet.toTally());
    }

    /** The newest version of each round's minutes, by round. */
    public List<TallySheetVersion> currentSheets(String contestCode) {
        Map<Integer, TallySheetVersion> newest = new TreeMap<>();
        TallySheetVersion.<TallySheetVersion>list("contestCode = ?1 order by roundNumber, versionNo", contestCode)
                .forEach(s -> newest.put(s.roundNumber, s));
        return List.copyOf(newest.values());
    }

    public List<TallySheetVersion> versions(String contestCode, int round) {
        return TallySheetVersion.list("contestCode = ?1 and roundNumber = ?2 order by versionNo", contestCode, round);
    }
}
