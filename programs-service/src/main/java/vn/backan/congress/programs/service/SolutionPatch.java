package vn.backan.congress.programs.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.backan.congress.commons.text.Codes;
import java.time.LocalDate;
import java.util.List;
import vn.backan.congress.programs.domain.SolutionStatus;

/**
 * An admin's edit of a solution (If-Match required). Absent or null fields stay as they are; a
 * list that is sent replaces the stored one.
 */
public record SolutionPatch(
        @Min(1) @Max(999) Short taskNumber,
        @Valid TitleInput title,
        @Valid TextInput description,
        @Size(min = 1, max = 100) List<@NotNull @Pattern(regexp = Codes.CODE, message = Codes.MESSAGE) String> programCodes,
        @Size(max = 300) String leadAgency,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> coordinatingAgencies,
        @Size(max = 100) List<@NotNull @Pattern(regexp = Codes.CODE, message = Codes.MESSAGE) String> indicatorCodes,
        @Size(max = 100) List<@NotNull @Pattern(regexp = Codes.CODE, message = Codes.MESSAGE) String> reportingOrgUnits,
        SolutionStatus status,
        @Min(0) @Max(100) Short percentComplete,
        LocalDate startDate,
        LocalDate dueDate,
        @NotBlank @Size(max = 1000) String reason) {
}
