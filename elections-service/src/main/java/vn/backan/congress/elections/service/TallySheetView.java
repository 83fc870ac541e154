package vn.backan.congress.elections.service;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.backan.congress.elections.domain.Contest;
import vn.backan.congress.elections.domain.TallySheetVersion;
import vn.backan.congress.elections.domain.tally.InvalidReason;
import vn.backan.congress.elections.domain.tally.TallyResult;
import vn.backan.congress.elections.domain.tally.TallySheet;

/**
 * One version of a round's counting minutes as recorded, who recorded it and why (for a
 * correction), whether it is the current version, and the result the engine computes from it.
 */
public record TallySheetView(String contestCode, int round, int version, boolean current,
        List<String> countingCommittee, int summoned, int present, int absent, int exOfficioAbsentThroughout,
        int electedAbsentThroughoutWithoutAlternate, int ballotsIssued, int ballotsCollected, int validBallots,
        int invalidBallots, Map<InvalidReason, Integer> invalidByReason, List<TallyLine> lines,
        TallySheetInput.TallyAnnouncement announcement, String correctionReason, String recordedBy,
        Instant recordedAt, TallyResultView result) {

    public static TallySheetView of(TallySheetVersion s, boolean current, TallyResult result, Contest contest) {
        TallySheet minutes = s.toTally();
        TallySheetInput.TallyAnnouncement announcement = minutes.announcement()
                .map(a -> new TallySheetInput.TallyAnnouncement(a.elected(), a.alternates(), a.announcedAt()))
                .orElse(null);
        return new TallySheetView(s.contestCode, s.roundNumber, s.versionNo, current, minutes.countingCommittee(),
                s.summoned, s.present, s.absent, s.exOfficioAbsentThroughout,
                s.electedAbsentThroughoutWithoutAlternate, s.ballotsIssued, s.ballotsCollected, s.validBallots,
                s.invalidBallots, inOrder(minutes.invalidByReason()),
                s.lines.stream().map(TallyLine::of).toList(), announcement, s.correctionReason, s.recordedBy,
                s.recordedAt, TallyResultView.of(result, contest));
    }

    /** In the order the reasons are listed, as the minutes print them; empty when the minutes give none. */
    private static Map<InvalidReason, Integer> inOrder(Map<InvalidReason, Integer> reasons) {
        Map<InvalidReason, Integer> ordered = new EnumMap<>(InvalidReason.class);
        ordered.putAll(reasons);
        return ordered;
    }
}
