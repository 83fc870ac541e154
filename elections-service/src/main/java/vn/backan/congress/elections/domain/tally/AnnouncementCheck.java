package vn.backan.congress.elections.domain.tally;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Checks the winners the minutes declare against the votes: no more than the seats, and the same
 * people the count elects, in descending order of votes (docs/election-rules.md, "The counting minutes").
 */
final class AnnouncementCheck {

    private AnnouncementCheck() {
    }

    static void check(Announcement announced, TallyResult counted, int openSeats, int openAlternateSeats) {
        List<TallyRejected.Violation> found = new ArrayList<>();
        if (announced.elected().size() > openSeats || announced.alternates().size() > openAlternateSeats) {
            found.add(new TallyRejected.Violation(Invariant.WINNERS_EXCEED_SEATS, announced.elected().size()
                    + " elected and " + announced.alternates().size() + " alternates declared for " + openSeats
                    + " seats and " + openAlternateSeats + " alternate seats"));
            TallyRejected.throwIfAny(found);
        }
        compare("elected", announced.elected(), counted.elected(), counted, found);
        compare("alternates", announced.alternates(), counted.alternates(), counted, found);
        TallyRejected.throwIfAny(found);
    }

    private static void compare(String what, List<String> declared, List<String> fromVotes, TallyResult counted,
            List<TallyRejected.Violation> found) {
        if (!new HashSet<>(declared).equals(new HashSet<>(fromVotes)) || declared.size() != fromVotes.size()) {
            found.add(new TallyRejected.Violation(Invariant.ANNOUNCED_WINNERS_DISAGREE_WITH_COUNT, "declared "
                    + what + " " + declared + ", the votes give " + fromVotes));
            return;
        }
        for (int i = 1; i < declared.size(); i++) {
            int before = votes(counted, declared.get(i - 1));
            int after = votes(counted, declared.get(i));
            if (after > before) {
                found.add(new TallyRejected.Violation(Invariant.ANNOUNCED_WINNERS_DISAGREE_WITH_COUNT, "declared "
                        + what + " are not in descending order of votes: " + declared.get(i) + " (" + after
                        + ") after " + declared.get(i - 1) + " (" + before + ")"));
                return;
            }
        }
    }

    private static int votes(TallyResult counted, String candidateId) {
        return counted.candidate(candidateId).map(CandidateResult::votes).orElse(0);
    }
}
