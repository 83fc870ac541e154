package vn.backan.congress.programs.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An admin changes how many tasks or solutions the plan declares; the reason is kept in history. */
public record DeclaredCountChange(@NotNull @Min(0) @Max(999) Short declared, @NotBlank @Size(max = 1000) String reason) {
}
