package vn.backan.congress.programs.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.backan.congress.commons.text.Codes;
import java.time.LocalDate;
import java.util.List;
import vn.backan.congress.programs.domain.SolutionStatus;

/**
 * A solution an admin enters. Status and percent default to NOT_STARTED and 0; afterwards they move
 * with implementation updates, posted by the reporting org units.
 */
public record SolutionInput(
        @NotNull @Min(1) @Max(999) Short number,
        @NotNull @Min(1) @Max(999) Short taskNumber,
        @NotNull @Valid TitleInput title,
        @Valid TextInput description,
        @NotEmpty @Size(max = 100) List<@NotNull @Pattern(regexp = Codes.CODE, message = Codes.MESSAGE) String> programCodes,
        @NotBlank @Size(max = 300) String leadAgency,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> coordinatingAgencies,
        @Size(max = 100) List<@NotNull @Pattern(regexp = Codes.CODE, message = Codes.MESSAGE) String> indicatorCodes,
        @Size(max = 100) List<@NotNull @Pattern(regexp = Codes.CODE, message = Codes.MESSAGE) String> reportingOrgUnits,
        SolutionStatus status,
        @Min(0) @Max(100) Short percentComplete,
        LocalDate startDate,
        LocalDate dueDate) {
}
