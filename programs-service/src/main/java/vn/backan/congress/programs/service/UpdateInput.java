package vn.backan.congress.programs.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.backan.congress.commons.text.Codes;
import java.time.LocalDate;
import vn.backan.congress.programs.domain.SolutionStatus;

/**
 * One implementation update: where the solution stands after it. A reporter may leave out
 * {@code orgUnit} (its token's unit is used). {@code correctsId} names the entry this one
 * corrects; a correction carries that entry's report date and replaces it in the timeline.
 */
public record UpdateInput(
        @NotNull LocalDate reportDate,
        @Pattern(regexp = Codes.CODE, message = Codes.MESSAGE) String orgUnit,
        @NotNull SolutionStatus status,
        @NotNull @Min(0) @Max(100) Short percentComplete,
        @NotNull @Valid TextInput narrative,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String evidenceUrl,
        @Min(1) @Max(Long.MAX_VALUE) Long correctsId) {
}
