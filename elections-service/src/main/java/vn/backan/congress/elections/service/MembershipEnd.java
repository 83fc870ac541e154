package vn.backan.congress.elections.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.backan.congress.elections.domain.Membership;

/** The secretariat records how a membership ended: its last day, the reason, a note, and why it is recorded now. */
public record MembershipEnd(@NotNull LocalDate endDate, @NotNull Membership.EndReason endReason,
        @Size(max = 500) String endNote, @NotBlank @Size(max = 1000) String reason) {
}
