package vn.backan.congress.elections.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.backan.congress.elections.domain.tally.Announcement;
import vn.backan.congress.elections.domain.tally.InvalidReason;
import vn.backan.congress.elections.domain.tally.TallySheet;

/**
 * The counting minutes (biên bản kiểm phiếu) of one round, field for field. Whether they add up is
 * the tally engine's call (422 naming each broken rule), not a 400: negative counts included.
 * {@code correctionReason} is required for a correction and refused on a round's first minutes.
 */
public record TallySheetInput(
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> countingCommittee,
        @NotNull Integer summoned,
        @NotNull Integer present,
        @NotNull Integer absent,
        Integer exOfficioAbsentThroughout,
        Integer electedAbsentThroughoutWithoutAlternate,
        @NotNull Integer ballotsIssued,
        @NotNull Integer ballotsCollected,
        @NotNull Integer validBallots,
        @NotNull Integer invalidBallots,
        Map<InvalidReason, @NotNull Integer> invalidByReason,
        @NotNull @Size(max = 500) List<@Valid @NotNull TallyLine> lines,
        @Valid TallyAnnouncement announcement,
        @Size(max = 1000) String correctionReason) {

    /** The winners the minutes declare, in descending order of votes, and when they were announced. */
    public record TallyAnnouncement(@NotNull @Size(max = 500) List<@NotBlank String> elected,
            @Size(max = 500) List<@NotBlank String> alternates, Instant announcedAt) {

        Announcement toTally() {
            return new Announcement(elected, alternates == null ? List.of() : alternates, announcedAt);
        }
    }

    public TallySheet toTally() {
        TallySheet.Builder b = TallySheet.builder()
                .countingCommittee(countingCommittee == null ? List.of() : countingCommittee)
                .attendance(summoned, present, absent)
                .exOfficioAbsentThroughout(orZero(exOfficioAbsentThroughout))
                .electedAbsentThroughoutWithoutAlternate(orZero(electedAbsentThroughoutWithoutAlternate))
                .ballots(ballotsIssued, ballotsCollected, validBallots, invalidBallots);
        if (invalidByReason != null) {
            invalidByReason.forEach(b::invalidBecause);
        }
        for (int i = 0; i < lines.size(); i++) {
            b.line(lines.get(i).toTally(i));
        }
        if (announcement != null) {
            b.announcement(announcement.toTally());
        }
        return b.build();
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }
}
