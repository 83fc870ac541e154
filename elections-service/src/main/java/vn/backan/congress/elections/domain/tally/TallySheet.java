package vn.backan.congress.elections.domain.tally;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The counting minutes (biên bản kiểm phiếu) of one round, field for field as
 * docs/election-rules.md lists them. Holds what the committee wrote, unchecked: {@link SheetChecks}
 * decides whether it adds up.
 *
 * @param countingCommittee members of the vote-counting committee (ban kiểm phiếu)
 * @param summoned official delegates summoned (for a committee: its members)
 * @param present summoned and present
 * @param absent summoned and absent
 * @param exOfficioAbsentThroughout ex officio delegates (outgoing committee members) absent for the
 *        whole congress: first deduction of 244 art. 32.3
 * @param electedAbsentThroughoutWithoutAlternate elected delegates absent for the whole congress with
 *        no alternate in their place: second deduction of 244 art. 32.3
 * @param invalidByReason breakdown of the invalid ballots; empty when the minutes give none
 * @param lines one line per candidate on this round's ballot
 * @param announcement the declared winners, when the minutes record them
 */
public record TallySheet(
        List<String> countingCommittee,
        int summoned,
        int present,
        int absent,
        int exOfficioAbsentThroughout,
        int electedAbsentThroughoutWithoutAlternate,
        int ballotsIssued,
        int ballotsCollected,
        int validBallots,
        int invalidBallots,
        Map<InvalidReason, Integer> invalidByReason,
        List<CandidateLine> lines,
        Optional<Announcement> announcement) {

    public TallySheet {
        countingCommittee = List.copyOf(countingCommittee);
        invalidByReason = invalidByReason.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(invalidByReason));
        lines = List.copyOf(lines);
        announcement = announcement == null ? Optional.empty() : announcement;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Names every field at the call site: the minutes have too many ints to pass by position. */
    public static final class Builder {
        private final List<String> countingCommittee = new ArrayList<>();
        private int summoned;
        private int present;
        private int absent;
        private int exOfficioAbsentThroughout;
        private int electedAbsentThroughoutWithoutAlternate;
        private int ballotsIssued;
        private int ballotsCollected;
        private int validBallots;
        private int invalidBallots;
        private final Map<InvalidReason, Integer> invalidByReason = new EnumMap<>(InvalidReason.class);
        private final List<CandidateLine> lines = new ArrayList<>();
        private Announcement announcement;

        private Builder() {
        }

        public Builder countingCommittee(List<String> members) {
            countingCommittee.clear();
            countingCommittee.addAll(members);
            return this;
        }

        /** Summoned, present and absent together, as the minutes' attendance line gives them. */
        public Builder attendance(int summoned, int present, int absent) {
            this.summoned = summoned;
            this.present = present;
            this.absent = absent;
            return this;
        }

        public Builder exOfficioAbsentThroughout(int count) {
            this.exOfficioAbsentThroughout = count;
            return this;
        }

        public Builder electedAbsentThroughoutWithoutAlternate(int count) {
            this.electedAbsentThroughoutWithoutAlternate = count;
            return this;
        }

        /** Ballots issued, collected, valid and invalid, in the order the minutes list them. */
        public Builder ballots(int issued, int collected, int valid, int invalid) {
            this.ballotsIssued = issued;
            this.ballotsCollected = collected;
            this.validBallots = valid;
            this.invalidBallots = invalid;
            return this;
        }

        public Builder invalidBecause(InvalidReason reason, int count) {
            invalidByReason.put(reason, count);
            return this;
        }

        public Builder line(CandidateLine line) {
            lines.add(line);
            return this;
        }

        public Builder kept(String candidateId, int votes) {
            return line(CandidateLine.kept(candidateId, votes));
        }

        public Builder agreeDisagree(String candidateId, int agree, int disagree, int notCounted) {
            return line(CandidateLine.agreeDisagree(candidateId, agree, disagree, notCounted));
        }

        public Builder announcement(Announcement announcement) {
            this.announcement = announcement;
            return this;
        }

        public TallySheet build() {
            return new TallySheet(countingCommittee, summoned, present, absent, exOfficioAbsentThroughout,
                    electedAbsentThroughoutWithoutAlternate, ballotsIssued, ballotsCollected, validBallots,
                    invalidBallots, invalidByReason, lines, Optional.ofNullable(announcement));
        }
    }
}
