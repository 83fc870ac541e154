package vn.backan.congress.elections.domain.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tally engine: one round's counting minutes in, the result out, or a {@link TallyRejected}
 * naming every invariant the contest, round or minutes break. Pure: no I/O, no clock, no state.
 */
public final class Tally {

    private Tally() {
    }

    /** Counts the first round of a contest. */
    public static TallyResult count(ContestSpec contest, TallySheet sheet) {
        return count(contest, Round.first(contest), sheet);
    }

    /** Counts any round; a further round fills only the seats the earlier ones left. */
    public static TallyResult count(ContestSpec contest, Round round, TallySheet sheet) {
        ContestChecks.check(contest, round);
        SheetChecks.check(contest, round, sheet);

        RuleSet rules = contest.ruleSet();
        ThresholdBase base = rules.thresholdBase(contest.electorate(), sheet);
        int minimum = rules.minimumVotes(base.value());
        int open = round.openSeats(contest);
        int openAlternates = round.openAlternateSeats(contest);
        List<CandidateResult> candidates = SeatAllocation.allocate(inBallotOrder(round, sheet), base.value(),
                minimum, open, openAlternates);

        TallyResult result = new TallyResult(contest, round, base, minimum, candidates,
                open - count(candidates, Outcome.ELECTED), openAlternates - count(candidates, Outcome.ALTERNATE));
        sheet.announcement().ifPresent(a -> AnnouncementCheck.check(a, result, open, openAlternates));
        return result;
    }

    private static List<CandidateLine> inBallotOrder(Round round, TallySheet sheet) {
        Map<String, CandidateLine> byId = sheet.lines().stream()
                .collect(Collectors.toMap(CandidateLine::candidateId, Function.identity()));
        List<CandidateLine> ordered = new ArrayList<>();
        for (String id : round.candidateIds()) {
            ordered.add(byId.get(id));
        }
        return ordered;
    }

    private static int count(List<CandidateResult> candidates, Outcome outcome) {
        return (int) candidates.stream().filter(c -> c.outcome() == outcome).count();
    }
}
