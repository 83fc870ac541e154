package vn.backan.congress.elections.service;

import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.Max;
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
        @NotNull @Schema(minimum = "0") @Max(COUNT_MAX) Integer summoned,
        @NotNull @Schema(minimum = "0") @Max(COUNT_MAX) Integer present,
        @NotNull @Schema(minimum = "0") @Max(COUNT_MAX) Integer absent,
        @Schema(minimum = "0") @Max(COUNT_MAX) Integer exOfficioAbsentThroughout,
        @Schema(minimum = "0") @Max(COUNT_MAX) Integer electedAbsentThroughoutWithoutAlternate,
        @NotNull @Schema(minimum = "0") @Max(COUNT_MAX) Integer ballotsIssued,
        @NotNull @Schema(minimum = "0") @Max(COUNT_MAX) Integer ballotsCollected,
        @NotNull @Schema(minimum = "0") @Max(COUNT_MAX) Integer validBallots,
        @NotNull @Schema(minimum = "0") @Max(COUNT_MAX) Integer invalidBallots,
        Map<InvalidReason, @NotNull @Min(-COUNT_MAX) @Max(COUNT_MAX) Integer> invalidByReason,
        @NotNull @Size(max = 500) List<@Valid @NotNull TallyLine> lines,
        @Valid TallyAnnouncement announcement,
        @Size(max = 1000) String correctionReason) {

    /**
     * Above any electorate these rules apply to; a count beyond it is a 400. Below it, including a
     * negative count, the arithmetic is the engine's call (422), as the contract's minimum says.
     * (A map value cannot carry that schema, so its stated range is symmetric.)
     */
    static final int COUNT_MAX = 100_000;


    /** The winners the minutes declare, in descending order of votes, and when they were announced. */
    public record TallyAnnouncement(@NotNull @Size(max = 500) List<@NotBlank @Size(max = 64) String> elected,
            @Size(max = 500) List<@NotBlank @Size(max = 64) String> alternates, Instant announcedAt) {

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
