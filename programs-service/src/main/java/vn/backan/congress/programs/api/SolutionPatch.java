package vn.backan.congress.programs.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.backan.congress.programs.domain.SolutionStatus;

/** An admin's edit of a solution (If-Match required); absent fields stay as they are. */
public record SolutionPatch(
        @Min(1) @Max(999) Short taskNumber,
        @Valid TitleInput title,
        @Valid TextInput description,
        @Size(min = 1) List<@NotBlank @Size(max = 48) String> programCodes,
        @Size(max = 300) String leadAgency,
        List<@NotBlank @Size(max = 300) String> coordinatingAgencies,
        List<@NotBlank @Size(max = 64) String> indicatorCodes,
        SolutionStatus status,
        @Min(0) @Max(100) Short percentComplete,
        LocalDate startDate,
        LocalDate dueDate,
        @NotBlank @Size(max = 1000) String reason) {
}
